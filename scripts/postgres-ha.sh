#!/usr/bin/env bash
# PostgreSQL in high availability, the standard arrangement (README "High availability"): etcd as the
# distributed configuration store, two PostgreSQL 15 nodes managed by Patroni with synchronous streaming
# replication, and HAProxy in front that sends every connection to whichever node Patroni's REST API
# calls the primary. Everything is Debian's packages (apt-get install -y patroni etcd-server haproxy),
# started locally in one folder, unprivileged: as root, every process runs as the `postgres` system user
# (PostgreSQL refuses to run as root).
#
#   scripts/postgres-ha.sh            # then: DATABASE_URL="$(cat <HA_DIR>/database-url)" npm start
#
# Settings (environment): HA_DIR (a new temporary folder, removed on exit; a given folder is kept),
# HAPROXY_PORT (5450: the primary), HAPROXY_REPLICA_PORT (5451: the standby, read-only),
# PG_PORTS ("5441 5442"), REST_PORTS ("8008 8009": Patroni's REST API), ETCD_PORTS ("23790 23791":
# client, peer). Prints "[ha] ready" and the DATABASE_URL when HAProxy reaches a primary whose
# synchronous standby is streaming. Ctrl-C (or SIGTERM) stops everything.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
HAPROXY_PORT="${HAPROXY_PORT:-5450}"
HAPROXY_REPLICA_PORT="${HAPROXY_REPLICA_PORT:-5451}"
read -r -a pg_ports <<< "${PG_PORTS:-5441 5442}"
read -r -a rest_ports <<< "${REST_PORTS:-8008 8009}"
read -r etcd_client etcd_peer <<< "${ETCD_PORTS:-23790 23791}"

for tool in patroni etcd haproxy; do
  command -v "$tool" > /dev/null || [ -x "/usr/sbin/$tool" ] || {
    echo "[ha] $tool not found: apt-get install -y patroni etcd-server haproxy" >&2
    exit 1
  }
done
[ -x "$PG_BIN/postgres" ] || { echo "[ha] PostgreSQL binaries not found in $PG_BIN (apt-get install -y postgresql-15)" >&2; exit 1; }
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"

for port in "$HAPROXY_PORT" "$HAPROXY_REPLICA_PORT" "${pg_ports[@]}" "${rest_ports[@]}" "$etcd_client" "$etcd_peer"; do
  if (exec 3<> "/dev/tcp/127.0.0.1/$port") 2> /dev/null; then
    echo "[ha] port $port is in use; choose others (HAPROXY_PORT, PG_PORTS, REST_PORTS, ETCD_PORTS)" >&2
    exit 1
  fi
done

remove_dir=0
if [ -z "${HA_DIR:-}" ]; then
  HA_DIR="$(mktemp -d "${TMPDIR:-/tmp}/agm-ha-XXXXXX")"
  remove_dir=1
fi
mkdir -p "$HA_DIR"
HA_DIR="$(cd "$HA_DIR" && pwd)"

# As root, run everything as `postgres`; otherwise as the invoking user.
as_user=()
if [ "$(id -u)" = "0" ]; then
  # setpriv execs (no intermediate process), so signals and pids are the tools' own.
  as_user=(setpriv --reuid=postgres --regid=postgres --init-groups --reset-env --)
  chown postgres:postgres "$HA_DIR"
fi
chmod 700 "$HA_DIR"

pids=()
stop() {
  trap - EXIT INT TERM
  echo "[ha] stopping…"
  # HAProxy and both Patroni (each stops its PostgreSQL), then etcd, which Patroni needs while it stops.
  local pid
  for pid in "${pids[@]:1}"; do kill -TERM "$pid" 2> /dev/null || true; done
  for pid in "${pids[@]:1}"; do wait "$pid" 2> /dev/null || true; done
  # A postmaster whose Patroni was killed is stopped here, so nothing outlives the script; only if that pid
  # is still a postgres of this folder (a stale postmaster.pid may name a pid now used by something else).
  local node
  for node in "$HA_DIR"/pg*/data; do
    [ -f "$node/postmaster.pid" ] || continue
    pid="$(head -n1 "$node/postmaster.pid")"
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -q -- "$node"; then kill -KILL "$pid" 2> /dev/null || true; fi
  done
  [ -n "${pids[0]:-}" ] && { kill -TERM "${pids[0]}" 2> /dev/null || true; wait "${pids[0]}" 2> /dev/null || true; }
  if [ "$remove_dir" = "1" ]; then rm -rf "$HA_DIR"; fi
}
trap stop EXIT INT TERM

secret() { head -c 24 /dev/urandom | base64 | tr -d '/+=' | head -c 24; }
superuser_password="$(secret)"
replication_password="$(secret)"

# --- etcd: one member, enough for a local arrangement (production: three, on three machines).
"${as_user[@]}" etcd --name agm-ha --data-dir "$HA_DIR/etcd" \
  --listen-client-urls "http://127.0.0.1:$etcd_client" --advertise-client-urls "http://127.0.0.1:$etcd_client" \
  --listen-peer-urls "http://127.0.0.1:$etcd_peer" --initial-advertise-peer-urls "http://127.0.0.1:$etcd_peer" \
  --initial-cluster "agm-ha=http://127.0.0.1:$etcd_peer" --initial-cluster-state new \
  > "$HA_DIR/etcd.log" 2>&1 &
pids+=("$!")

# --- Patroni: two nodes of one cluster ("scope").
write_node_config() {
  local i="$1" name="pg$(($1 + 1))"
  local pg_port="${pg_ports[$i]}" rest_port="${rest_ports[$i]}"
  mkdir -p "$HA_DIR/$name"
  cat > "$HA_DIR/$name/patroni.yml" << EOF
scope: agm-ha
namespace: /agm/
name: $name
log:
  level: INFO
restapi:
  listen: 127.0.0.1:$rest_port
  connect_address: 127.0.0.1:$rest_port
etcd3:
  hosts: 127.0.0.1:$etcd_client
bootstrap:
  # The cluster-wide settings, written to etcd by the first node once (patronictl edit-config changes them).
  dcs:
    # Each node checks its PostgreSQL and renews its key every second (loop_wait); a node that stops renewing
    # loses the leader key after ttl seconds (a whole machine lost is failed over after at most that long).
    ttl: 20
    loop_wait: 1
    retry_timeout: 5
    # A crashed primary is failed over at once (to the synchronous standby only) rather than restarted in place.
    primary_start_timeout: 0
    # A commit is acknowledged only once the standby has it, and only that standby may be promoted.
    synchronous_mode: true
    # Not strict: with the standby gone the primary keeps serving alone (and is then not failed over
    # automatically) instead of refusing every write: see README "High availability".
    synchronous_mode_strict: false
    postgresql:
      use_pg_rewind: true
      use_slots: true
      parameters:
        wal_level: replica
        hot_standby: "on"
        wal_log_hints: "on"
        max_wal_senders: 10
        max_replication_slots: 10
        synchronous_commit: "on"
  initdb:
    - encoding: UTF8
    - locale: C.UTF-8
    - data-checksums
postgresql:
  listen: 127.0.0.1:$pg_port
  connect_address: 127.0.0.1:$pg_port
  data_dir: $HA_DIR/$name/data
  bin_dir: $PG_BIN
  pgpass: $HA_DIR/$name/pgpass
  authentication:
    superuser:
      username: postgres
      password: $superuser_password
    replication:
      username: replicator
      password: $replication_password
  parameters:
    unix_socket_directories: $HA_DIR/$name
    password_encryption: scram-sha-256
  pg_hba:
    - local all all trust
    - host replication replicator 127.0.0.1/32 scram-sha-256
    - host all all 127.0.0.1/32 scram-sha-256
EOF
  chmod 600 "$HA_DIR/$name/patroni.yml"
  [ ${#as_user[@]} -eq 0 ] || chown -R postgres:postgres "$HA_DIR/$name"
}

for i in 0 1; do write_node_config "$i"; done
# The first node bootstraps (initdb) and becomes the leader; the second clones it with pg_basebackup.
"${as_user[@]}" patroni "$HA_DIR/pg1/patroni.yml" > "$HA_DIR/pg1/patroni.log" 2>&1 &
pids+=("$!")
for _ in $(seq 1 120); do
  curl -fsS -o /dev/null "http://127.0.0.1:${rest_ports[0]}/primary" 2> /dev/null && break
  kill -0 "${pids[1]}" 2> /dev/null || { tail -n 40 "$HA_DIR/pg1/patroni.log" >&2; exit 1; }
  sleep 0.5
done
"${as_user[@]}" patroni "$HA_DIR/pg2/patroni.yml" > "$HA_DIR/pg2/patroni.log" 2>&1 &
pids+=("$!")

# --- HAProxy: the primary on one port, the standby (read-only) on another, chosen by Patroni's REST API:
# /primary answers 200 only on the node holding the leader lock, /replica only on a streaming standby.
cat > "$HA_DIR/haproxy.cfg" << EOF
global
  maxconn 400
defaults
  mode tcp
  timeout connect 2s
  # A refused connection is retried once, not three times a second apart: while a crashed primary is being
  # replaced, the client's own retry (the app's next save) is better than a connection held in HAProxy.
  retries 1
  timeout client 30m
  timeout server 30m
  timeout check 2s
  # A node that fails two checks a second apart is out, and so at once is a node that refuses a connection
  # (its PostgreSQL has crashed: no need to wait for the checks); one good check brings it back. Connections
  # to a node marked out are closed, so clients reconnect to the new primary rather than wait on a dead one.
  default-server inter 1s fall 2 rise 1 observe layer4 error-limit 1 on-error mark-down on-marked-down shutdown-sessions
listen primary
  bind 127.0.0.1:$HAPROXY_PORT
  option httpchk GET /primary
  http-check expect status 200
  server pg1 127.0.0.1:${pg_ports[0]} check port ${rest_ports[0]}
  server pg2 127.0.0.1:${pg_ports[1]} check port ${rest_ports[1]}
listen replica
  bind 127.0.0.1:$HAPROXY_REPLICA_PORT
  option httpchk GET /replica
  http-check expect status 200
  server pg1 127.0.0.1:${pg_ports[0]} check port ${rest_ports[0]}
  server pg2 127.0.0.1:${pg_ports[1]} check port ${rest_ports[1]}
EOF
[ ${#as_user[@]} -eq 0 ] || chown postgres:postgres "$HA_DIR/haproxy.cfg"
"${as_user[@]}" "$HAPROXY" -db -f "$HA_DIR/haproxy.cfg" > "$HA_DIR/haproxy.log" 2>&1 &
pids+=("$!")

# Ready once the standby streams synchronously (Patroni's /sync answers 200 on the synchronous standby)
# and HAProxy reaches the primary.
database_url="postgresql://postgres:$superuser_password@127.0.0.1:$HAPROXY_PORT/postgres"
ready=0
for _ in $(seq 1 240); do
  if curl -fsS -o /dev/null "http://127.0.0.1:${rest_ports[1]}/sync" 2> /dev/null \
    && PGPASSWORD="$superuser_password" "$PG_BIN/psql" -qAt -h 127.0.0.1 -p "$HAPROXY_PORT" -U postgres -d postgres \
      -c "select 1" > /dev/null 2>&1; then
    ready=1
    break
  fi
  for pid in "${pids[@]}"; do kill -0 "$pid" 2> /dev/null || { echo "[ha] a process exited; logs in $HA_DIR" >&2; tail -n 30 "$HA_DIR"/pg*/patroni.log >&2; exit 1; }; done
  sleep 0.5
done
[ "$ready" = "1" ] || { echo "[ha] not ready in time; logs in $HA_DIR" >&2; tail -n 30 "$HA_DIR"/pg*/patroni.log >&2; exit 1; }

(umask 077 && printf '%s\n' "$database_url" > "$HA_DIR/database-url")
echo "[ha] nodes: pg1 127.0.0.1:${pg_ports[0]} (REST ${rest_ports[0]}), pg2 127.0.0.1:${pg_ports[1]} (REST ${rest_ports[1]}); etcd 127.0.0.1:$etcd_client; folder $HA_DIR"
echo "[ha] ready: DATABASE_URL=$database_url (HAProxy → primary; read-only standby on port $HAPROXY_REPLICA_PORT)"
# Runs until stopped: one node's Patroni or PostgreSQL going away is what the arrangement is for, not a reason to stop.
wait "${pids[@]}" || true
