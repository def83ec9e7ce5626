import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import type { MailTransport } from "./types";

// Development and test mail: one JSON file per message in a folder, read back by /dev/outbox.
export const storedMailSchema = z.object({
  id: z.string(),
  from: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string().optional(),
  messageId: z.string().optional(),
  createdAt: z.string(),
});
export type StoredMail = z.infer<typeof storedMailSchema>;

// "20261124T171929565Z-0a1b2c3d4e5f": the timestamp first, so names sort by time as plain text;
// the random tail keeps two messages of the same millisecond apart.
const ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{12}$/;

export function outboxId(createdAt: Date, random: string = randomBytes(6).toString("hex")): string {
  return `${createdAt.toISOString().replace(/[-:.]/g, "")}-${random}`;
}

/** Only ids of this exact shape ever reach the file system (no path traversal from a URL). */
export function isOutboxId(id: string): boolean {
  return ID_PATTERN.test(id);
}

/**
 * /dev/outbox exists only while mail goes to the outbox, and under a production build only when
 * explicitly asked for (MAIL_OUTBOX_PAGE=1, the e2e run): never where SMTP delivers real mail.
 */
export function isOutboxPageVisible(transport: MailTransport["kind"], nodeEnv: string, pageFlag: string): boolean {
  return transport === "outbox" && (nodeEnv !== "production" || pageFlag === "1");
}

export function createOutboxTransport(dir: string, now: () => Date = () => new Date()): MailTransport {
  return {
    kind: "outbox",
    async send(mail) {
      const createdAt = now();
      const id = outboxId(createdAt);
      const stored: StoredMail = { id, ...mail, createdAt: createdAt.toISOString() };
      await mkdir(dir, { recursive: true });
      // Written under a temporary name and renamed: a reader never sees half a message.
      const temporary = path.join(dir, `.${id}.json.tmp`);
      await writeFile(temporary, JSON.stringify(stored, null, 2), "utf8");
      await rename(temporary, path.join(dir, `${id}.json`));
    },
  };
}

async function readStored(dir: string, id: string): Promise<StoredMail | null> {
  try {
    const parsed = storedMailSchema.safeParse(JSON.parse(await readFile(path.join(dir, `${id}.json`), "utf8")));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT" || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** The newest messages first (at most `limit`); an absent folder is an empty outbox. */
export async function listOutbox(dir: string, limit = 200): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const ids = names
    .filter((n) => n.endsWith(".json"))
    .map((n) => n.slice(0, -".json".length))
    .filter(isOutboxId)
    .sort()
    .reverse()
    .slice(0, limit);
  const mails = await Promise.all(ids.map((id) => readStored(dir, id)));
  return mails.filter((m): m is StoredMail => m !== null);
}

export async function readOutboxMail(dir: string, id: string): Promise<StoredMail | null> {
  return isOutboxId(id) ? readStored(dir, id) : null;
}
