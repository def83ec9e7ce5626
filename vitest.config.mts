import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

const alias = { "@": root };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          environment: "node",
        },
      },
      {
        resolve: {
          alias: {
            ...alias,
            "server-only": path.join(root, "tests/integration/server-only-stub.ts"),
            "next-intl/server": path.join(root, "tests/integration/next-intl-server-stub.ts"),
          },
        },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          // next-intl's navigation imports "next/navigation" without an extension, which Node's ESM
          // loader refuses: let Vite resolve it (actions import the locale-aware redirect).
          server: { deps: { inline: ["next-intl"] } },
          setupFiles: ["tests/integration/setup.ts"],
          // One database per worker; two cores, so two workers at most.
          maxWorkers: 2,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
