// One oversized POST sent the way an abusive client would: `size` bytes in 1 MB writes, with a
// Content-Length or chunked. Resolves when the status line arrives, which a server that refuses
// early sends while the upload is still going (the upload then fails: ignored once answered).
// Shared by scripts/body-limit-check.ts and tests/e2e/security-headers.spec.ts.
import http from "node:http";

const CHUNK = Buffer.alloc(1024 * 1024, 0x20);

export type OversizedAnswer = { status: number | string; ms: number; body: string };

export function postOversized(url: URL, { size, chunked }: { size: number; chunked: boolean }): Promise<OversizedAnswer> {
  return new Promise((resolve) => {
    const started = performance.now();
    const headers = { "content-type": "application/json", ...(chunked ? {} : { "content-length": String(size) }) };
    let answered = false;
    const req = http.request(url, { method: "POST", headers }, (res) => {
      answered = true;
      const ms = performance.now() - started;
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, ms, body }));
      res.on("error", () => resolve({ status: res.statusCode ?? 0, ms, body }));
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      if (!answered) resolve({ status: `error ${error.code}`, ms: performance.now() - started, body: "" });
    });
    let sent = 0;
    const write = () => {
      while (sent < size && !req.destroyed) {
        sent += CHUNK.length;
        if (!req.write(CHUNK)) return void req.once("drain", write);
      }
      req.end();
    };
    write();
  });
}
