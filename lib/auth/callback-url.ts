/** Only same-site paths are followed after sign-in (no open redirect to another host). */
export function safeCallbackUrl(value: string | undefined | null): string | undefined {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return undefined;
  return value;
}
