// Reads a request body up to a byte cap without ever holding more than the cap: a declared
// Content-Length over the cap is refused before a byte is read, and a body that streams past the
// cap (no length, chunked, or a length that lies) is refused at the first chunk that crosses it.
// Pure (Web streams only), so tests/unit/capped-body.test.ts drives it with hand-made streams.

export type BodySource = { headers: Headers; body: ReadableStream<Uint8Array> | null };

export type CappedBody = { ok: true; text: string } | { ok: false; reason: "too-large" };

export async function readCappedBody(request: BodySource, maxBytes: number): Promise<CappedBody> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) return { ok: false, reason: "too-large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop the upload here: the rest is never read into memory.
      await reader.cancel().catch(() => undefined);
      return { ok: false, reason: "too-large" };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(all) };
}
