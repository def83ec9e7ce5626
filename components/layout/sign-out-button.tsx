"use client";

// The sign-out next-auth's client would do (CSRF token, then POST /api/auth/signout), written out:
// the header is on every page, and next-auth/react would add ~12 KB gzipped to each of them.
async function signOutLocally(callbackUrl: string): Promise<string> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const answer = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  const { url } = (await answer.json()) as { url?: string };
  return url ?? callbackUrl;
}

// An SSO session also ends at the provider (RP-initiated logout) when it offers that: its URL
// is asked for before the local sign-out, which removes the token it needs.
async function signOutEverywhere() {
  const answer = await fetch("/api/sso/end-session", { method: "POST" })
    .then((r) => (r.ok ? (r.json() as Promise<{ url: string | null }>) : { url: null }))
    .catch(() => ({ url: null }));
  const home = await signOutLocally("/");
  window.location.assign(answer.url ?? home);
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOutEverywhere()} className="text-slate-800 underline-offset-2 hover:text-brand-700 hover:underline">
      {label}
    </button>
  );
}
