import { afterEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const requestHeaders = vi.hoisted(() => ({ current: null as Headers | null }));
vi.mock("next/headers", () => ({
  headers: async () => {
    // What Next does outside a request (a script, a job, a test).
    if (!requestHeaders.current) throw new Error("`headers` was called outside a request scope.");
    return requestHeaders.current;
  },
}));
const { logger, REQUEST_ID_HEADER } = await import("@/lib/server/log");
const { currentRequestId, logInRequest, withRequestId } = await import("@/lib/server/request-log");

afterEach(() => {
  requestHeaders.current = null;
  vi.restoreAllMocks();
});

describe("logInRequest", () => {
  it("adds the id proxy.ts gave the request", async () => {
    requestHeaders.current = new Headers({ [REQUEST_ID_HEADER]: "req-7" });
    const warn = vi.spyOn(logger, "warn").mockImplementation(() => {});
    await logInRequest("warn", "sso.refused", { reason: "unknown-organisation" });
    expect(warn).toHaveBeenCalledWith({ requestId: "req-7", reason: "unknown-organisation" }, "sso.refused");
  });

  it("still logs outside a request, without an id", async () => {
    expect(await currentRequestId()).toBeUndefined();
    const error = vi.spyOn(logger, "error").mockImplementation(() => {});
    await logInRequest("error", "alerts.run-failed", { message: "down" });
    expect(error).toHaveBeenCalledWith({ requestId: undefined, message: "down" }, "alerts.run-failed");
  });

  it("prefers the id the JSON API gave its request to a header the client wrote", async () => {
    requestHeaders.current = new Headers({ [REQUEST_ID_HEADER]: "made-up-by-the-client" });
    expect(await withRequestId("api-9", () => currentRequestId())).toBe("api-9");
    const info = vi.spyOn(logger, "info").mockImplementation(() => {});
    await withRequestId("api-9", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      await logInRequest("info", "later");
    });
    expect(info).toHaveBeenCalledWith({ requestId: "api-9" }, "later");
  });
});
