import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

/**
 * The app reads its environment once, at import: call this BEFORE importing anything that sends
 * mail (use dynamic imports after it), so this test file gets an outbox folder of its own.
 */
export function tempOutbox(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "outbox-test-"));
  process.env.MAIL_OUTBOX_DIR = dir;
  delete process.env.SMTP_URL;
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
