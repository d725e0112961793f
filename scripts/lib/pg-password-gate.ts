import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import net from "node:net";

/**
 * A password check in front of the embedded database. PGlite's socket server
 * accepts any password, so it listens only on a Unix socket inside the data
 * directory (mode 0700), and this gate owns the TCP port: it answers the
 * PostgreSQL startup itself, asks for the password (MD5 challenge, so it never
 * crosses the socket in clear), compares it in constant time, and only then
 * connects the client through, replaying its startup message. A wrong
 * password gets PostgreSQL's own error (28P01) and the connection is closed.
 */

const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const PROTOCOL_3 = 196608;
const MAX_STARTUP = 10_000;

function md5(s: Buffer | string): string {
  return createHash("md5").update(s).digest("hex");
}

function errorResponse(code: string, message: string): Buffer {
  const fields = Buffer.concat([
    Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0`, "utf8"),
    Buffer.from([0]),
  ]);
  const head = Buffer.alloc(5);
  head.write("E", 0);
  head.writeInt32BE(fields.length + 4, 1);
  return Buffer.concat([head, fields]);
}

function startupParams(msg: Buffer): Record<string, string> {
  const parts = msg.subarray(8).toString("utf8").split("\0");
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < parts.length; i += 2) if (parts[i]) out[parts[i]!] = parts[i + 1]!;
  return out;
}

export interface PasswordGate {
  port: number;
  /** Stops listening and ends every connection (a pooled client would otherwise keep it open). */
  close(): Promise<void>;
}

export function startPasswordGate(opts: { host: string; port: number; password: string; upstreamPath: string }): Promise<PasswordGate> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    let buf = Buffer.alloc(0);
    let stage: "startup" | "password" | "done" = "startup";
    let startup: Buffer | null = null;
    let user = "";
    const salt = randomBytes(4);
    const fail = (code: string, message: string) => {
      stage = "done";
      client.end(errorResponse(code, message));
    };
    client.setTimeout(10_000, () => client.destroy());
    const onData = (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        if (stage === "startup") {
          if (buf.length < 8) return;
          const len = buf.readInt32BE(0);
          if (len < 8 || len > MAX_STARTUP) return fail("08P01", "invalid startup packet");
          if (buf.length < len) return;
          const msg = buf.subarray(0, len);
          buf = buf.subarray(len);
          const code = msg.readInt32BE(4);
          if (code === SSL_REQUEST || code === GSS_REQUEST) {
            client.write("N");
            continue;
          }
          if (code === CANCEL_REQUEST) return void client.end();
          if (code !== PROTOCOL_3) return fail("0A000", "unsupported frontend protocol");
          startup = Buffer.from(msg);
          user = startupParams(msg).user ?? "";
          const req = Buffer.alloc(13);
          req.write("R", 0);
          req.writeInt32BE(12, 1);
          req.writeInt32BE(5, 5);
          salt.copy(req, 9);
          client.write(req);
          stage = "password";
        } else if (stage === "password") {
          if (buf.length < 5) return;
          const len = buf.readInt32BE(1);
          if (buf[0] !== 0x70 || len < 5 || len > MAX_STARTUP) return fail("08P01", "expected a password message");
          if (buf.length < len + 1) return;
          const sent = buf.subarray(5, len).toString("utf8").replace(/\0$/, "");
          const rest = buf.subarray(len + 1);
          const expected = `md5${md5(Buffer.concat([Buffer.from(md5(opts.password + user)), salt]))}`;
          const a = Buffer.from(sent);
          const b = Buffer.from(expected);
          if (a.length !== b.length || !timingSafeEqual(a, b)) return fail("28P01", `password authentication failed for user "${user.slice(0, 63)}"`);
          stage = "done";
          client.off("data", onData);
          client.setTimeout(0);
          client.pause();
          const upstream = net.connect(opts.upstreamPath, () => {
            sockets.add(upstream);
            upstream.write(startup!);
            if (rest.length) upstream.write(rest);
            client.pipe(upstream);
            upstream.pipe(client);
            client.resume();
          });
          const close = () => {
            client.destroy();
            upstream.destroy();
          };
          upstream.on("error", close);
          upstream.on("close", close);
          client.on("close", close);
          // PGlite answers the replayed startup with AuthenticationOk: exactly what follows a password here.
          return;
        } else return;
      }
    };
    client.on("data", onData);
    client.on("error", () => client.destroy());
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, opts.host, () => {
      const address = server.address();
      resolve({
        port: typeof address === "object" && address ? address.port : opts.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const s of sockets) s.destroy();
          }),
      });
    });
  });
}
