import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  // forbidden() / unauthorized() give real 403/401 responses from pages and actions.
  // serverActions.bodySizeLimit: a CV may be 5 MB (lib/server/files/cv.ts); the limit sits well above it so
  // an oversized PDF still reaches that check and gets its clear message instead of a failed request.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "10mb" } },
  // Native / driver packages stay out of the server bundle.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
