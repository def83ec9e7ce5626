"use client";
import { useLocale } from "next-intl";
import { useCallback, useContext, useEffect, useState } from "react";
import { useSession } from "@/components/layout/session-context";
import { loadOfferViewerParts } from "./offer-viewer-action";
import { type OfferViewerParts, ViewerContext, type ViewerState } from "./offer-viewer-context";
import { SaveOfferButton } from "./save-offer-button";

/**
 * The offer page is cached and the same for everyone; who looks at it is asked after load
 * (components/layout/session-context.tsx) and, when someone is signed in, their parts are fetched
 * from loadOfferViewerParts. Signed-out visitors cost no extra request.
 */
export function OfferViewerProvider({ offerId, children }: { offerId: string; children: React.ReactNode }) {
  const user = useSession();
  const locale = useLocale();
  const [parts, setParts] = useState<{ key: string; parts: OfferViewerParts | null } | null>(null);
  const [version, setVersion] = useState(0);
  const signedIn = Boolean(user);
  // A new answer about the same visitor (after each navigation) asks nothing again.
  const key = `${offerId}:${user?.email ?? ""}:${version}`;
  useEffect(() => {
    if (!signedIn) return;
    let current = true;
    loadOfferViewerParts(offerId, locale).then(
      (loaded) => current && setParts({ key, parts: loaded }),
      () => current && setParts({ key, parts: null }),
    );
    return () => {
      current = false;
    };
  }, [signedIn, offerId, locale, key]);
  const state: ViewerState =
    user === undefined
      ? { status: "loading" }
      : user === null
        ? { status: "anonymous" }
        : parts?.key === key
          ? { status: "ready", parts: parts.parts }
          : { status: "loading" };
  // Keeps what is shown while a reload runs (after applying): no flash of the placeholder.
  const shown: ViewerState = state.status === "loading" && parts && user ? { status: "ready", parts: parts.parts } : state;
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return <ViewerContext.Provider value={{ state: shown, reload }}>{children}</ViewerContext.Provider>;
}

/** The save button's place in the page header: nothing until a student is known. */
export function OfferSaveSlot({ offerId }: { offerId: string }) {
  const { state } = useContext(ViewerContext);
  const saved = state.status === "ready" ? (state.parts?.saved ?? null) : null;
  return saved === null ? null : <SaveOfferButton offerId={offerId} saved={saved} />;
}

/**
 * The side panel: match, grant estimate, apply. `fallback` is the signed-out panel, rendered on
 * the server: shown to signed-out visitors and without JavaScript; while the visitor is being
 * asked for it keeps the place invisibly (no layout shift for signed-out visitors).
 */
export function OfferViewerSlot({ fallback, loadingLabel }: { fallback: React.ReactNode; loadingLabel: string }) {
  const { state } = useContext(ViewerContext);
  const loading = state.status === "loading";
  return (
    <div className="space-y-6" aria-busy={loading} data-testid="offer-viewer">
      <p role="status" className="sr-only">
        {loading ? loadingLabel : ""}
      </p>
      {loading && (
        <>
          <div className="invisible" aria-hidden="true" inert>
            {fallback}
          </div>
          <noscript>{fallback}</noscript>
        </>
      )}
      {state.status === "anonymous" && fallback}
      {state.status === "ready" && state.parts?.panel}
    </div>
  );
}
