// The sign-in form receives a throttled refusal as next-auth's error string "throttled:<seconds>"
// (lib/server/security/throttle.ts); this picks the translated sentence and its number.
export type ThrottleMessage =
  { key: "throttle.tryAgainSeconds"; values: { seconds: number } } | { key: "throttle.tryAgainMinutes"; values: { minutes: number } };

export function throttleMessage(error: string | null | undefined): ThrottleMessage | null {
  const match = /^throttled:(\d+)$/.exec(error ?? "");
  if (!match) return null;
  const seconds = Number(match[1]);
  return seconds < 60
    ? { key: "throttle.tryAgainSeconds", values: { seconds } }
    : { key: "throttle.tryAgainMinutes", values: { minutes: Math.ceil(seconds / 60) } };
}
