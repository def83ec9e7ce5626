"use client";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";
import { SESSION_PATH, type SessionUser, type SessionView } from "@/lib/auth/session-view";

/** undefined while the visitor is being asked for; null when nobody is signed in. */
type Session = SessionUser | null | undefined;

const SessionContext = createContext<Session>(undefined);

export async function fetchSession(): Promise<SessionUser | null> {
  try {
    const response = await fetch(SESSION_PATH, { cache: "no-store", credentials: "same-origin" });
    return response.ok ? ((await response.json()) as SessionView).user : null;
  } catch {
    return null;
  }
}

/**
 * The cached pages are the same for everyone: who is signed in is asked once per page (one
 * request shared by the header menu, the verify-email banner and the offer page's panel), and
 * again after each navigation, since a sign-in or sign-out changes pages without a reload.
 */
export function SessionProvider({ children }: { children: React.ReactNode }) {
  const pathname = usePathname();
  const [session, setSession] = useState<Session>(undefined);
  useEffect(() => {
    let current = true;
    void fetchSession().then((user) => {
      if (current) setSession(user);
    });
    return () => {
      current = false;
    };
  }, [pathname]);
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  return useContext(SessionContext);
}
