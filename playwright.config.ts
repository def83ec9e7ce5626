import { defineConfig } from "@playwright/test";

// Run through `npm run test:e2e` (scripts/e2e.mjs): it finds Chromium, prepares the e2e database
// and builds once for DB_PROVIDER; this config then serves that build.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? PORT + 90);
const provider = process.env.DB_PROVIDER === "postgresql" ? "postgresql" : "sqlite";

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 45_000,
  expect: { timeout: 10_000 },
  workers: 1, // 2-core machine
  fullyParallel: false,
  retries: 0,
  reporter: [["list"], ["json", { outputFile: `test-results/e2e-${provider}.json` }]],
  outputDir: `test-results/e2e-artifacts-${provider}`,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: "chromium",
    headless: true,
    locale: "en-GB",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Debian's chromium; never `npx playwright install` (it downloads, which fails here).
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: [
    {
      // The production server npm start runs (scripts/server.mjs: peer appended to X-Forwarded-For).
      command: `node scripts/server.mjs -H 127.0.0.1 -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: "ignore",
      stderr: "pipe",
    },
    // The OpenID Provider of the SSO spec (tests/e2e/sso.spec.ts); scripts/e2e.mjs points the app at it.
    {
      command: "node tests/e2e/oidc/provider.mjs",
      url: `http://127.0.0.1:${OIDC_PORT}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 30_000,
      stdout: "ignore",
      stderr: "pipe",
    },
  ],
});
