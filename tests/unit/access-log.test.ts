import { EventEmitter } from "node:events";
import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { accessLogger, logWhenAnswered } from "@/scripts/access-log.mjs";

function answered(url: string, status: number, { requestId, finished = true }: { requestId?: string; finished?: boolean } = {}) {
  const lines: string[] = [];
  const logger = accessLogger("debug", { write: (line: string) => void lines.push(line) });
  const res = Object.assign(new EventEmitter(), {
    statusCode: status,
    writableFinished: finished,
    getHeader: (name: string) => (name === "x-request-id" ? requestId : undefined),
  });
  logWhenAnswered(logger, { method: "GET", url } as IncomingMessage, res as unknown as ServerResponse);
  expect(lines).toHaveLength(0);
  res.emit("close");
  return lines.map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("access log", () => {
  it("writes one line when the response is sent: the request id, the path without its query, status and duration", () => {
    const [entry, ...more] = answered("/en/sign-in/link?token=secret", 200, { requestId: "req-1" });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ level: "info", event: "http.request", requestId: "req-1", method: "GET", path: "/en/sign-in/link", status: 200 });
    expect(entry!.durationMs).toEqual(expect.any(Number));
    expect(new Date(entry!.time as string).toISOString()).toBe(entry!.time);
    expect(JSON.stringify(entry)).not.toContain("secret");
  });

  it("marks a server error and a dropped connection, and keeps Next's build files at debug", () => {
    expect(answered("/api/health/ready", 503, { requestId: "req-2" })[0]).toMatchObject({ level: "warn", status: 503 });
    expect(answered("/en", 200, { finished: false })[0]).toMatchObject({ aborted: true });
    expect(answered("/_next/static/chunks/app.js", 200)[0]).toMatchObject({ level: "debug" });
    expect(answered("/_next/static/chunks/app.js", 200)[0]).not.toHaveProperty("requestId");
  });
});
