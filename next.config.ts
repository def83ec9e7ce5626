import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { ACTION_BODY_LIMIT } from "./lib/http/limits";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() / unauthorized() give real 403/401 responses from pages and actions.
  // serverActions.bodySizeLimit: a CV may be 5 MB (lib/server/files/cv.ts); the limit sits well above it so
  // an oversized PDF still reaches that check and gets its clear message instead of a failed request.
  // Larger posts are answered by proxy.ts from their Content-Length; proxyClientMaxBodySize (the copy
  // Next keeps of a proxied body) matches, so an accepted action body is never cut short.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: ACTION_BODY_LIMIT }, proxyClientMaxBodySize: ACTION_BODY_LIMIT },
  // Native / driver packages stay out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // `npm test` typechecks once before its e2e build; the build need not do it again.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
};

export default withNextIntl(nextConfig);
