// Moments of signing, with the time zone said (the app formats in UTC): Intl refuses
// timeZoneName together with dateStyle, so the parts are spelt out.
export const SIGNED_AT = { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZoneName: "short" } as const;
