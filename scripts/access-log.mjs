// One JSON line per answered request, in the format of lib/server/log.ts (level as a word, ISO
// time, pid, hostname, `event`): the request id that proxy.ts (or lib/server/api/handlers.ts for the JSON
// API) put on the response, method, path, status and duration. scripts/server.mjs writes it: only
// there are the final status and the time known. The query is left out (a link may carry a token).
import { pino } from "pino";

/** LOG_LEVEL as lib/server/env.ts checks it; pino refuses an unknown level, which stops the start. */
export function accessLogger(level = process.env.LOG_LEVEL ?? "info", destination = pino.destination({ dest: 1, sync: true })) {
  return pino({ level, messageKey: "event", timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } }, destination);
}

/** Logs `req` once its response is sent or the connection drops; Next's build files at debug only. */
export function logWhenAnswered(logger, req, res) {
  const started = process.hrtime.bigint();
  res.once("close", () => {
    const path = (req.url ?? "/").split("?")[0];
    const requestId = res.getHeader("x-request-id");
    const level = res.statusCode >= 500 ? "warn" : path.startsWith("/_next/") ? "debug" : "info";
    logger[level](
      {
        ...(typeof requestId === "string" ? { requestId } : {}),
        method: req.method,
        path,
        status: res.statusCode,
        durationMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
        ...(res.writableFinished ? {} : { aborted: true }),
      },
      "http.request",
    );
  });
}
