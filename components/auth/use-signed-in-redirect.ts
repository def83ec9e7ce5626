"use client";
import { useRouter } from "@/i18n/navigation";
import { useEffect } from "react";
import { useSessionOfThisPage } from "@/components/layout/session-context";

/**
 * Sign-in and registration pages are cached and the same for everyone: a visitor who turns out
 * to be signed in already (or just finished an institutional sign-in) goes on to `target`, or
 * their role's home.
 */
export function useSignedInRedirect(target?: string): void {
  const user = useSessionOfThisPage();
  const router = useRouter();
  useEffect(() => {
    if (user) router.replace(target ?? user.home);
  }, [user, target, router]);
}
