import { z } from "zod";
import { HOST_ORGANISATION_TYPES } from "@/lib/domain";
import { countryCodeSchema } from "./checks";
import { optionalParam, pageParam } from "./admin-params";

// Host organisation verification by an administrator.

export const hostVerifySchema = z.object({
  hostId: z.string().min(1).max(64),
  // What the administrator asks for: verified (true) or not (false).
  verified: z.enum(["true", "false"], "errors.generic").transform((v) => v === "true"),
});
export type HostVerifyInput = z.infer<typeof hostVerifySchema>;

export const HOST_VERIFIED_FILTERS = ["yes", "no"] as const;

/** `/admin/hosts?verified=&country=&type=&page=`. */
export const HOST_LIST_KEYS = ["verified", "country", "type", "page"] as const;
export const hostListSchema = z.object({
  verified: optionalParam(z.enum(HOST_VERIFIED_FILTERS, "adminArea.invalid.verified")),
  // domain.md §2: EL/UK are accepted as GR/GB.
  country: optionalParam(countryCodeSchema),
  type: optionalParam(z.enum(HOST_ORGANISATION_TYPES, "adminArea.invalid.type")),
  page: pageParam,
});
export type HostListParams = z.infer<typeof hostListSchema>;
