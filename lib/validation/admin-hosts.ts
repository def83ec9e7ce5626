import { z } from "zod";
import { HOST_ORGANISATION_TYPES } from "@/lib/domain";
import { countryCodeSchema } from "./checks";
import { optionalParam, pageParam } from "./admin-params";

// Host organisation verification by an administrator.

export const hostVerifySchema = z.object({
  hostId: z.string().min(1).max(64),
  // What the administrator asks for: verified (true) or not (false).
  verified: z.enum(["true", "false"], "errors.generic").transform((v) => v === "true"),
  // The list's query string, to come back to the same filters and page after the decision.
  listQuery: z.string().max(500).optional(),
});
export type HostVerifyInput = z.infer<typeof hostVerifySchema>;

export const HOST_VERIFIED_FILTERS = ["yes", "no"] as const;

/** `/admin/hosts?verified=&country=&type=&page=`. */
export const HOST_LIST_KEYS = ["verified", "country", "type", "page"] as const;
export const hostListSchema = z.object({
  verified: optionalParam(z.enum(HOST_VERIFIED_FILTERS, "adminArea.invalid.verified")),
  // docs/domain.md §2: EL/UK are accepted as GR/GB.
  country: optionalParam(countryCodeSchema),
  type: optionalParam(z.enum(HOST_ORGANISATION_TYPES, "adminArea.invalid.type")),
  page: pageParam,
});
export type HostListParams = z.infer<typeof hostListSchema>;

/** The answers of a verification, carried by the redirect after it (`?done=`). */
export const HOST_VERIFY_DONE = ["verified", "unverified"] as const;

/** Back to the host list as it was (only its own keys kept), with the decision's answer. */
export function hostListAfterDecision(listQuery: string | undefined, hostId: string, verified: boolean): string {
  const from = new URLSearchParams(listQuery ?? "");
  const back = new URLSearchParams();
  for (const key of HOST_LIST_KEYS) {
    const value = from.get(key);
    if (value) back.set(key, value);
  }
  back.set("done", verified ? "verified" : "unverified");
  back.set("host", hostId);
  return `/admin/hosts?${back}`;
}
