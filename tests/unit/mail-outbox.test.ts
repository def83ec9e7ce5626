import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
const { createOutboxTransport, isOutboxId, isOutboxPageVisible, listOutbox, outboxId, readOutboxMail } = await import("@/lib/server/mail/outbox");

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "outbox-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const mail = { from: "Portal <p@example.eu>", to: "a@example.eu", subject: "Hello", text: "Body" };

describe("outbox ids", () => {
  it.each([
    ["2026-11-24T17:19:29.565Z", "0a1b2c3d4e5f", "20261124T171929565Z-0a1b2c3d4e5f"],
    ["2027-01-02T03:04:05.006Z", "ffffffffffff", "20270102T030405006Z-ffffffffffff"],
  ])("%s becomes a time-sortable id", (iso, random, id) => {
    expect(outboxId(new Date(iso), random)).toBe(id);
    expect(isOutboxId(id)).toBe(true);
  });

  it("sorts later messages after earlier ones as plain text", () => {
    const a = outboxId(new Date("2026-11-24T09:59:59.999Z"));
    const b = outboxId(new Date("2026-11-24T10:00:00.000Z"));
    expect([b, a].sort()).toEqual([a, b]);
  });

  it.each(["../etc/passwd", "20261124T171929565Z-0a1b2c3d4e5f/../x", "20261124T171929565Z", "", "20261124T171929565Z-0A1B2C3D4E5F"])("rejects %j", (id) =>
    expect(isOutboxId(id)).toBe(false),
  );
});

describe("outbox transport", () => {
  it("writes one JSON file per message, lists newest first and reads one back", async () => {
    let clock = Date.UTC(2026, 10, 24, 10);
    const transport = createOutboxTransport(dir, () => new Date((clock += 1000)));
    await transport.send({ ...mail, subject: "first" });
    await transport.send({ ...mail, subject: "second", html: "<p>Body</p>" });
    const files = await readdir(dir);
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(2);
    expect(files.some((f) => f.endsWith(".tmp"))).toBe(false);
    const listed = await listOutbox(dir);
    expect(listed.map((m) => m.subject)).toEqual(["second", "first"]);
    expect(listed[0]).toMatchObject({ to: "a@example.eu", html: "<p>Body</p>", createdAt: "2026-11-24T10:00:02.000Z" });
    expect(await readOutboxMail(dir, listed[1]!.id)).toMatchObject({ subject: "first", text: "Body" });
  });

  it("creates the folder on first send; a missing folder is an empty outbox", async () => {
    const nested = path.join(dir, "a", "b");
    expect(await listOutbox(nested)).toEqual([]);
    await createOutboxTransport(nested).send(mail);
    expect(await listOutbox(nested)).toHaveLength(1);
  });

  it("ignores temporary, foreign and corrupt files, and unknown or malformed ids", async () => {
    await createOutboxTransport(dir).send(mail);
    await writeFile(path.join(dir, ".20261124T171929565Z-0a1b2c3d4e5f.json.tmp"), "{");
    await writeFile(path.join(dir, "notes.json"), "{}");
    await writeFile(path.join(dir, "20991231T235959999Z-0a1b2c3d4e5f.json"), "{ not json");
    expect(await listOutbox(dir)).toHaveLength(1);
    expect(await readOutboxMail(dir, "20991231T235959999Z-0a1b2c3d4e5f")).toBeNull();
    expect(await readOutboxMail(dir, "20200101T000000000Z-000000000000")).toBeNull();
    expect(await readOutboxMail(dir, "../notes")).toBeNull();
  });
});

describe("/dev/outbox visibility", () => {
  it.each([
    ["outbox", "development", "0", true],
    ["outbox", "test", "0", true],
    ["outbox", "production", "0", false],
    ["outbox", "production", "1", true],
    ["smtp", "development", "0", false],
    ["smtp", "production", "1", false],
  ] as const)("%s transport, NODE_ENV=%s, MAIL_OUTBOX_PAGE=%s → %s", (kind, nodeEnv, flag, visible) => {
    expect(isOutboxPageVisible(kind, nodeEnv, flag)).toBe(visible);
  });
});
