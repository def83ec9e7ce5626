"use client";
import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => signOut({ callbackUrl: "/" })} className="text-slate-800 underline-offset-2 hover:text-brand-700 hover:underline">
      {label}
    </button>
  );
}
