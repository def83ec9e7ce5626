"use client";
// The offer viewer's state, apart from the island (offer-viewer-island.tsx) that fills it: the
// apply form inside the panel reloads it, and the panel is rendered by loadOfferViewerParts, which
// the island calls, so the form importing the island would close an import cycle.
import type { ReactNode } from "react";
import { createContext, useContext } from "react";

/** `saved`: whether the student keeps the offer (null: not a student); `panel`: the side panel. */
export type OfferViewerParts = { saved: boolean | null; panel: ReactNode };

export type ViewerState = { status: "loading" } | { status: "anonymous" } | { status: "ready"; parts: OfferViewerParts | null };

export const ViewerContext = createContext<{ state: ViewerState; reload: () => void }>({ state: { status: "loading" }, reload: () => {} });

/** After a change made inside the island (an application sent): fetch the parts again. */
export function useReloadOfferViewer(): () => void {
  return useContext(ViewerContext).reload;
}
