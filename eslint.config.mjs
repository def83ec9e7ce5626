import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".next/**", "node_modules/**", "generated/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
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
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "@prisma/*", "@/generated/*", "@/lib/server/*", "node:*", "fs", "path"] },
      ],
    },
  },
];

export default config;
