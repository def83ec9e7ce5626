import { describe, expect, it } from "vitest";
import { productionEnvProblems } from "@/lib/server/env-rules";

describe("productionEnvProblems: a production server does not start without these", () => {
  const secret = "0123456789abcdef0123456789abcdef";
  it.each([
    [{ NODE_ENV: "development" }, []],
    [{ NODE_ENV: "test" }, []],
    [{ NODE_ENV: "production", NEXTAUTH_SECRET: secret, APP_URL: "https://dot.example.eu" }, []],
    [{ NODE_ENV: "production", NEXTAUTH_SECRET: secret, NEXTAUTH_URL: "https://dot.example.eu" }, []],
    [{ NODE_ENV: "production", APP_URL: "https://dot.example.eu" }, ["NEXTAUTH_SECRET"]],
    [{ NODE_ENV: "production", NEXTAUTH_SECRET: secret }, ["APP_URL"]],
    [{ NODE_ENV: "production" }, ["NEXTAUTH_SECRET", "APP_URL"]],
  ] as const)("%o → %o", (values, named) => {
    const problems = productionEnvProblems(values);
    expect(problems).toHaveLength(named.length);
    named.forEach((name, i) => expect(problems[i]).toContain(name));
  });
});
