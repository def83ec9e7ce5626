import { describe, expect, it } from "vitest";
import { readCappedBody } from "@/lib/http/capped-body";

const CAP = 16;

/** A body delivered in the given chunks; records how many were pulled and whether it was cancelled. */
function source(chunks: string[], headers: Record<string, string> = {}) {
  const seen = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  let i = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (i < chunks.length) {
          seen.pulled++;
          controller.enqueue(encoder.encode(chunks[i++]));
        } else controller.close();
      },
      cancel() {
        seen.cancelled = true;
      },
      // Pull only when read, so `pulled` counts what the reader asked for.
    },
    { highWaterMark: 0 },
  );
  return { request: { headers: new Headers(headers), body }, seen };
}

describe("readCappedBody", () => {
  it("accepts a body of exactly the cap", async () => {
    const { request } = source(["a".repeat(10), "b".repeat(6)], { "content-length": "16" });
    expect(await readCappedBody(request, CAP)).toEqual({ ok: true, text: "a".repeat(10) + "b".repeat(6) });
  });

  it("refuses one byte over the cap, and stops reading there", async () => {
    const { request, seen } = source(["a".repeat(10), "b".repeat(7), "c".repeat(1000)]);
    expect(await readCappedBody(request, CAP)).toEqual({ ok: false, reason: "too-large" });
    expect(seen).toEqual({ pulled: 2, cancelled: true });
  });

  it("refuses a declared Content-Length over the cap before reading a byte", async () => {
    const { request, seen } = source(["{}"], { "content-length": String(50 * 1024 * 1024) });
    expect(await readCappedBody(request, CAP)).toEqual({ ok: false, reason: "too-large" });
    expect(seen.pulled).toBe(0);
  });

  it("counts the bytes, not the Content-Length, when the length lies", async () => {
    const { request, seen } = source(["x".repeat(8), "y".repeat(8), "z".repeat(8)], { "content-length": "2" });
    expect(await readCappedBody(request, CAP)).toEqual({ ok: false, reason: "too-large" });
    expect(seen.cancelled).toBe(true);
  });

  it("counts a chunked body without a length", async () => {
    const { request } = source(Array.from({ length: 20 }, () => "x"));
    expect(await readCappedBody(request, CAP)).toEqual({ ok: false, reason: "too-large" });
    const small = source(['{"a":', "1}"]);
    expect(await readCappedBody(small.request, CAP)).toEqual({ ok: true, text: '{"a":1}' });
  });

  it("counts bytes, not characters (multi-byte UTF-8)", async () => {
    const { request } = source(["é".repeat(9)]); // 18 bytes, 9 characters
    expect(await readCappedBody(request, CAP)).toEqual({ ok: false, reason: "too-large" });
  });

  it("hands invalid JSON back as text for the caller's 400", async () => {
    const { request } = source(["{not json"]);
    expect(await readCappedBody(request, CAP)).toEqual({ ok: true, text: "{not json" });
  });

  it("reads an empty or absent body as the empty string", async () => {
    expect(await readCappedBody(source([]).request, CAP)).toEqual({ ok: true, text: "" });
    expect(await readCappedBody({ headers: new Headers(), body: null }, CAP)).toEqual({ ok: true, text: "" });
  });
});
