import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import clientBoundary from "./eslint-rules/client-boundary.mjs";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    // tests/fixtures/lint-cycle holds a deliberate import cycle for tests/unit/lint-layers.test.ts.
    ignores: [".next/**", "node_modules/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "tests/fixtures/lint-cycle/**"],
  },
  {
    // A leading underscore marks a value deliberately left unused (e.g. omitted by destructuring).
    rules: {
      "@typescript-eslint/no-unused-vars": ["warn", { varsIgnorePattern: "^_", argsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
    },
  },
  {
    // lib/domain is pure: no framework, database or I/O imports (CONTRIBUTING.md, Layout).
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "@prisma/*", "@/generated/*", "@/lib/server/*", "node:*", "fs", "path"] }],
    },
  },
  {
    // No import cycles: a module graph that loops makes load order decide what is still undefined.
    // (Type-only imports do not count: TypeScript erases them.)
    rules: { "import/no-cycle": ["error", { ignoreExternal: true, disableScc: true }] },
  },
  {
    // lib/server serves app/ and components/, never the other way round: a service importing a
    // component or a route would pull React and page code into jobs, scripts and the API.
    files: ["lib/server/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(@/|(\\.\\./)+)(components|app)(/|$)",
              message: "lib/server must not import from components/ or app/: move what both need to lib/ (e.g. lib/text).",
            },
          ],
        },
      ],
    },
  },
  {
    // "use client" modules: only types from lib/server, only subpaths of lib/domain (eslint-rules/client-boundary.mjs).
    files: ["**/*.{ts,tsx,js,jsx,mjs}"],
    plugins: { "client-boundary": clientBoundary },
    rules: { "client-boundary/imports": "error" },
  },
];

export default config;
