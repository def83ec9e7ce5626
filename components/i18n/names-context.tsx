"use client";
import { createContext, useContext, type ReactNode } from "react";
import { pickOptions, type NameKind, type NameOption, type NamePairs } from "@/lib/text/name-options";

// The country and language lists of the page's locale, handed down by <ClientMessages names> so a
// client component never bundles the names of every locale (lib/text/names/).
type Lists = Partial<Record<NameKind, NamePairs>>;
const NamesContext = createContext<Lists>({});

export function NamesProvider({ lists, children }: { lists: Lists; children: ReactNode }) {
  return <NamesContext.Provider value={lists}>{children}</NamesContext.Provider>;
}

/** Options of a country or language select, in the locale's order (only/keep as in pickOptions). */
export function useNameOptions(kind: NameKind, only?: readonly string[], keep?: readonly (string | undefined)[]): NameOption[] {
  const pairs = useContext(NamesContext)[kind];
  // A missing list is a programming error: the page forgot <ClientMessages names={[kind]}>.
  if (!pairs) throw new Error(`No ${kind} names: wrap this component in <ClientMessages names={["${kind}"]}>`);
  return pickOptions(pairs, only, keep);
}
