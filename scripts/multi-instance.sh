#!/usr/bin/env bash
# Two instances of the app on one PostgreSQL behind Debian's nginx (round robin, no sticky sessions),
# started locally to try or test the arrangement a real deployment uses (README "Running several instances").
#
#   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/aigov scripts/multi-instance.sh
#
# Settings (environment): PROXY_PORT (3195), APP_PORTS ("3196 3197"), DATA_DIR (.data), EVIDENCE_DIR
# ($DATA_DIR/evidence — shared by both instances), NEXTAUTH_SECRET (generated once into $DATA_DIR/auth-secret,
# shared), SKIP_SEED=1 to leave the database as it is. Ctrl-C (or SIGTERM) stops all three processes.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

: "${DATABASE_URL:?DATABASE_URL must name a PostgreSQL server database: the embedded one serves a single process}"
PROXY_PORT="${PROXY_PORT:-3195}"
APP_PORTS="${APP_PORTS:-3196 3197}"
DATA_DIR="$(mkdir -p "${DATA_DIR:-.data}" && cd "${DATA_DIR:-.data}" && pwd)"
EVIDENCE_DIR="${EVIDENCE_DIR:-$DATA_DIR/evidence}"
NGINX="${NGINX:-$(command -v nginx || echo /usr/sbin/nginx)}"
[ -x "$NGINX" ] || { echo "[multi] nginx not found: apt-get install -y nginx" >&2; exit 1; }

if [ -z "${NEXTAUTH_SECRET:-}" ]; then
  # Every instance must sign and check session tokens with the same secret.
  if [ ! -s "$DATA_DIR/auth-secret" ]; then
    (umask 077 && node -e 'process.stdout.write(require("crypto").randomBytes(48).toString("base64url"))' > "$DATA_DIR/auth-secret")
  fi
  NEXTAUTH_SECRET="$(cat "$DATA_DIR/auth-secret")"
fi
mkdir -p "$EVIDENCE_DIR"
run_dir="$DATA_DIR/multi-instance"
mkdir -p "$run_dir/logs" "$run_dir/tmp"

export DATABASE_URL NEXTAUTH_SECRET EVIDENCE_DIR DATA_DIR NEXT_TELEMETRY_DISABLED=1
# The public address is the proxy's; the instances believe X-Forwarded-For only from it.
export NEXTAUTH_URL="${NEXTAUTH_URL:-http://localhost:$PROXY_PORT}"
export TRUST_PROXY="${TRUST_PROXY:-127.0.0.1}"

node --conditions=react-server --import tsx scripts/migrate.ts
[ "${SKIP_SEED:-0}" = "1" ] || node --conditions=react-server --import tsx prisma/seed.ts
if [ ! -f .next/BUILD_ID ]; then
  echo "[multi] building the app…"
  NODE_ENV=production node node_modules/next/dist/bin/next build
fi

pids=()
stop() {
  trap - EXIT INT TERM
  echo "[multi] stopping…"
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap stop EXIT INT TERM

upstreams=""
for port in $APP_PORTS; do
  NODE_ENV=production node node_modules/next/dist/bin/next start -p "$port" -H 127.0.0.1 \
    > "$run_dir/logs/app-$port.log" 2>&1 &
  pids+=("$!")
  upstreams+="    server 127.0.0.1:$port max_fails=0;"$'\n'
done

# As root, nginx switches its workers to "nobody", who could not write the temp folders under DATA_DIR;
# this local arrangement keeps them as the invoking user instead.
worker_user=""
[ "$(id -u)" = "0" ] && worker_user="user root;"

cat > "$run_dir/nginx.conf" <<EOF
$worker_user
worker_processes 1;
pid $run_dir/nginx.pid;
error_log $run_dir/logs/nginx-error.log warn;
events { worker_connections 256; }
http {
  access_log $run_dir/logs/nginx-access.log;
  client_body_temp_path $run_dir/tmp/body;
  proxy_temp_path $run_dir/tmp/proxy;
  fastcgi_temp_path $run_dir/tmp/fastcgi;
  uwsgi_temp_path $run_dir/tmp/uwsgi;
  scgi_temp_path $run_dir/tmp/scgi;
  # Evidence uploads (the app enforces its own limit).
  client_max_body_size 25m;
  # Round robin (nginx's default), no stickiness: any instance serves any request.
  upstream app {
$upstreams  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://app;
      proxy_http_version 1.1;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      proxy_set_header X-Forwarded-Proto \$scheme;
      # Which instance answered: lets the test see the round robin.
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF

for port in $APP_PORTS; do
  for _ in $(seq 1 240); do
    curl -fsS "http://127.0.0.1:$port/api/health" > /dev/null 2>&1 && break
    sleep 0.5
  done
done
"$NGINX" -p "$run_dir" -c "$run_dir/nginx.conf" -g 'daemon off;' &
pids+=("$!")
# "Ready" only once the proxy itself answers: nginx binds its port a moment after it starts.
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PROXY_PORT/api/health" > /dev/null 2>&1 && break
  sleep 0.25
done
echo "[multi] ready: http://localhost:$PROXY_PORT → instances on ports $APP_PORTS (logs in $run_dir/logs)"
wait -n "${pids[@]}" || true
