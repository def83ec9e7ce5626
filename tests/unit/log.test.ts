import { hostname } from "node:os";
import { describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { childLogger, createLogger, errorFields, log, logger, REDACTED } = await import("@/lib/server/log");

/** A logger writing into an array of lines instead of stdout. */
function memoryLogger(level = "info") {
  const lines: string[] = [];
  const to = createLogger(level, { write: (line: string) => void lines.push(line) });
  const entries = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { lines, to, entries };
}

describe("log", () => {
  it("writes one JSON line with the level's name, an ISO time, pid, hostname, the event and its fields", () => {
    const { lines, to, entries } = memoryLogger();
    log("info", "api.client-error", { requestId: "req-1", status: 400, path: "/api/v1/checks/placement" }, to);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    expect(lines[0]!.trimEnd()).not.toContain("\n");
    const [entry] = entries();
    expect(entry).toMatchObject({ level: "info", event: "api.client-error", requestId: "req-1", status: 400, pid: process.pid, hostname: hostname() });
    expect(new Date(entry!.time as string).toISOString()).toBe(entry!.time);
    expect(entry).not.toHaveProperty("stack");
  });

  it("writes an unexpected error as exactly one line, the stack a field in it", () => {
    const { lines, to, entries } = memoryLogger();
    const error = Object.assign(new TypeError("boom"), { digest: "12345" });
    log("error", "request.unexpected", { requestId: "req-123456", ...errorFields(error) }, to);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.trimEnd()).not.toContain("\n");
    const [entry] = entries();
    expect(entry).toMatchObject({ level: "error", event: "request.unexpected", requestId: "req-123456", error: "TypeError", message: "boom", digest: "12345" });
    expect(entry!.stack).toContain("TypeError: boom\n    at ");
  });

  it("gives a child logger's fields (a request id, a job) to every line it writes", () => {
    const { to, entries } = memoryLogger();
    const request = childLogger({ requestId: "req-42" }, to);
    request.warn({ step: 1 }, "first");
    log("error", "second", {}, request);
    expect(entries()).toMatchObject([
      { level: "warn", event: "first", requestId: "req-42", step: 1 },
      { level: "error", event: "second", requestId: "req-42" },
    ]);
  });

  it("redacts passwords, tokens, cookies and authorization headers at any of the first three levels", () => {
    const { lines, to, entries } = memoryLogger();
    log(
      "info",
      "secrets",
      {
        password: "hunter2",
        token: "raw-token",
        user: { email: "zoe@example.eu", password: "hunter3", accessToken: "at" },
        headers: { authorization: "Bearer abc", cookie: "session=1", "user-agent": "curl" },
        req: { headers: { cookie: "session=2", "set-cookie": "session=3" } },
      },
      to,
    );
    expect(lines[0]).not.toMatch(/hunter|raw-token|"at"|Bearer|session=/);
    expect(entries()[0]).toMatchObject({
      password: REDACTED,
      token: REDACTED,
      user: { email: "zoe@example.eu", password: REDACTED, accessToken: REDACTED },
      headers: { authorization: REDACTED, cookie: REDACTED, "user-agent": "curl" },
      req: { headers: { cookie: REDACTED, "set-cookie": REDACTED } },
    });
  });

  it("leaves out lines below its level", () => {
    const { to, entries } = memoryLogger("warn");
    log("info", "quiet", {}, to);
    log("debug", "quieter", {}, to);
    log("warn", "loud", {}, to);
    expect(entries().map((e) => e.event)).toEqual(["loud"]);
  });

  it("takes the root logger's level from LOG_LEVEL (info by default)", () => {
    expect(logger.level).toBe(process.env.LOG_LEVEL ?? "info");
  });

  it("describes errors without their stack on request, and a thrown non-Error without crashing", () => {
    expect(errorFields(new Error("down"), { stack: false })).toEqual({ error: "Error", message: "down" });
    expect(errorFields("just a string")).toEqual({ error: "just a string" });
  });
});
