import "server-only";
import { buildOpenApiDocument, type OpenApiDocument } from "@/lib/api/openapi";
import { env } from "./env";

let built: OpenApiDocument | null = null;

/** The document for this deployment (servers: APP_URL), built once per process. */
export function apiDocument(): OpenApiDocument {
  built ??= buildOpenApiDocument({ appUrl: env.appUrl });
  return built;
}
