import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { errorFields, log } = await import("@/lib/server/log");

function capture(stream: "stdout" | "stderr") {
  const lines: string[] = [];
  vi.spyOn(process[stream], "write").mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => vi.restoreAllMocks());

describe("log", () => {
  it("writes an unexpected error as exactly one JSON line, the stack a field in it", () => {
    const lines = capture("stderr");
    const error = Object.assign(new TypeError("boom"), { digest: "12345" });
    log("error", "request.unexpected", { requestId: "req-123456", ...errorFields(error) });
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith("\n")).toBe(true);
    expect(lines[0]!.trimEnd()).not.toContain("\n");
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: "error", event: "request.unexpected", requestId: "req-123456", error: "TypeError", message: "boom", digest: "12345" });
    expect(entry.stack).toContain("TypeError: boom\n    at ");
  });

  it("writes a client error as one line on stdout, without a stack", () => {
    const lines = capture("stdout");
    log("info", "api.client-error", { status: 400, path: "/api/v1/checks/placement" });
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).not.toHaveProperty("stack");
  });

  it("describes a thrown non-Error without crashing", () => {
    expect(errorFields("just a string")).toEqual({ error: "just a string" });
  });
});
