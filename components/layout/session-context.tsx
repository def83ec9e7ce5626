"use client";
import { usePathname } from "next/navigation";
import { createContext, useContext, useEffect, useState } from "react";
import { SESSION_PATH, type SessionUser, type SessionView } from "@/lib/auth/session-view";

/** undefined while the visitor is being asked for; null when nobody is signed in. */
type Session = SessionUser | null | undefined;

/** The answer and the path it was asked for (each navigation asks again). */
type Asked = { user: Session; path: string | null };
const SessionContext = createContext<Asked>({ user: undefined, path: null });

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
  const [asked, setAsked] = useState<Asked>({ user: undefined, path: null });
  useEffect(() => {
    let current = true;
    void fetchSession().then((user) => {
      if (current) setAsked({ user, path: pathname });
    });
    return () => {
      current = false;
    };
  }, [pathname]);
  return <SessionContext.Provider value={asked}>{children}</SessionContext.Provider>;
}

/** Who is signed in; after a navigation, the previous page's answer until the new one arrives (no flicker in the menu). */
export function useSession(): Session {
  return useContext(SessionContext).user;
}

/**
 * Who is signed in, as asked on this page: undefined until that answer arrives. For decisions a
 * stale answer would get wrong: right after "sign out everywhere" the page before still knew the
 * ended session, and the sign-in page would have sent the visitor on to their dashboard.
 */
export function useSessionOfThisPage(): Session {
  const asked = useContext(SessionContext);
  return asked.path === usePathname() ? asked.user : undefined;
}
