"use client";
import { signOut } from "next-auth/react";

// An SSO session also ends at the provider (RP-initiated logout) when it offers that: its URL
// is asked for before the local sign-out, which removes the token it needs.
async function signOutEverywhere() {
  const answer = await fetch("/api/sso/end-session", { method: "POST" })
    .then((r) => (r.ok ? (r.json() as Promise<{ url: string | null }>) : { url: null }))
    .catch(() => ({ url: null }));
  if (!answer.url) return signOut({ callbackUrl: "/" });
  await signOut({ redirect: false });
  window.location.assign(answer.url);
}

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => void signOutEverywhere()} className="text-slate-800 underline-offset-2 hover:text-brand-700 hover:underline">
      {label}
    </button>
  );
}
