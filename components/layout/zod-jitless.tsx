"use client";
import { z } from "zod";

// The CSP (proxy.ts) forbids eval. Zod probes for it with Function("") before its first parse and
// falls back when refused, but the refusal is reported as a CSP violation: say so up front.
z.config({ jitless: true });

/** Rendered once in the root layout so the browser bundle runs the setting above. */
export function ZodJitless() {
  return null;
}
