// Settings that a production server must not start without (fail fast at boot, with a
// message that says what to set). Pure, so a unit table covers it; instrumentation.ts applies it.

export interface BootEnv {
  readonly NODE_ENV?: string;
  readonly NEXTAUTH_SECRET?: string;
  readonly APP_URL?: string;
  readonly NEXTAUTH_URL?: string;
}

export function productionEnvProblems(values: BootEnv): string[] {
  if (values.NODE_ENV !== "production") return [];
  const problems: string[] = [];
  if (!values.NEXTAUTH_SECRET) problems.push("NEXTAUTH_SECRET is not set: sessions cannot be signed. Set 32 random bytes, e.g. `openssl rand -hex 32`.");
  if (!values.APP_URL && !values.NEXTAUTH_URL) problems.push("Neither APP_URL nor NEXTAUTH_URL is set: links in e-mails would point to localhost.");
  return problems;
}
