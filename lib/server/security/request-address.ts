import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { clientAddressFrom } from "./client-address";

/** The client address of a request's headers (see client-address.ts). */
export function clientAddress(requestHeaders: Pick<Headers, "get">): string {
  return clientAddressFrom(requestHeaders.get("x-forwarded-for"), env.trustedProxies);
}

/** The client address of the request being handled (server actions, next-auth callbacks). */
export async function currentClientAddress(): Promise<string> {
  return clientAddress(await headers());
}
