import { z } from "zod";

// The CSP (proxy.ts) forbids eval. Zod probes for it with Function("") before its first parse and
// falls back when refused, but the refusal is reported as a CSP violation: say so up front.
// Imported (for this effect) by the one form that parses with zod in the browser, the sign-in form;
// every other form validates on the server only, so zod stays out of their bundles.
z.config({ jitless: true });
