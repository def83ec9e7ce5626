// The production server: `next start`'s request handler behind a plain Node HTTP server that
// APPENDS the socket's peer address to X-Forwarded-For before Next sees the request.
//   node scripts/server.mjs [-H 127.0.0.1] [-p 3000]      (npm start and the e2e run use it)
// Why: Next sets X-Forwarded-For to the peer only when the header is absent, so a value the
// client writes would hide the peer. With the peer always the right-most entry, the portal
// reads the chain right to left and believes only hops listed in TRUSTED_PROXIES
// (lib/server/security/client-address.ts).
import http from "node:http";
import { accessLogger, logWhenAnswered } from "./access-log.mjs";

const args = process.argv.slice(2);
const option = (short, long) => {
  const i = args.findIndex((a) => a === short || a === long);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option("-p", "--port") ?? process.env.PORT ?? 3000);
// All interfaces unless -H is given (not $HOSTNAME: containers set it to the machine's name).
const hostname = option("-H", "--hostname");
process.env.NODE_ENV ??= "production";

const { default: next } = await import("next");
const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();
const accessLog = accessLogger();

http
  .createServer((req, res) => {
    // Node joins repeated X-Forwarded-For headers with ", "; the peer goes last.
    const peer = req.socket.remoteAddress ?? "unknown";
    const written = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = written ? `${written}, ${peer}` : peer;
    logWhenAnswered(accessLog, req, res);
    handle(req, res);
  })
  .listen(port, hostname, () => console.log(`• listening on http://${hostname ?? "localhost"}:${port}`));
