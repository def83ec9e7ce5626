// The layer rules of eslint.config.mjs fail on a deliberate violation and pass the allowed form:
// snippets are linted at virtual paths with the project's own config, so nothing is written.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

// One instance for every case: loading the config and its plugins is most of the cost.
// `ignore: false` lets the cycle fixture (ignored by `npm run lint`) be linted here.
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root, ignore: false });
});

type Problem = { ruleId: string | null; message: string };

async function problems(filePath: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map(({ ruleId, message }) => ({ ruleId, message }));
}

const client = (line: string) => `"use client";\n${line}\n`;

describe("layer rules (eslint.config.mjs)", { timeout: 60_000 }, () => {
  it("lib/server may not import a component", async () => {
    const found = await problems(
      "lib/server/services/layer-probe.ts",
      'import { CountryName } from "@/components/ui/country-name";\nexport const probe = CountryName;\n',
    );
    expect(found).toEqual([
      expect.objectContaining({ ruleId: "no-restricted-imports", message: expect.stringContaining("lib/server must not import from components/ or app/") }),
    ]);
  });

  it("lib/server may not import a route module by a relative path either", async () => {
    const found = await problems(
      "lib/server/services/layer-probe.ts",
      'import { setLocaleAction } from "../../../app/[locale]/actions/locale";\nexport const probe = setLocaleAction;\n',
    );
    expect(found).toEqual([expect.objectContaining({ ruleId: "no-restricted-imports" })]);
  });

  it("lib/domain may not import the framework", async () => {
    const found = await problems("lib/domain/layer-probe.ts", 'import { notFound } from "next/navigation";\nexport const probe = notFound;\n');
    expect(found).toEqual([expect.objectContaining({ ruleId: "no-restricted-imports" })]);
  });

  it('a "use client" module may not import a value from lib/server', async () => {
    const found = await problems(
      "components/layer-probe.tsx",
      client('import { NotFoundError } from "@/lib/server/errors";\nexport const probe = NotFoundError;'),
    );
    expect(found).toEqual([expect.objectContaining({ ruleId: "client-boundary/imports", message: expect.stringContaining("only types from lib/server") })]);
  });

  it('a "use client" module may import a type from lib/server', async () => {
    expect(
      await problems("components/layer-probe.tsx", client('import type { CurrentUser } from "@/lib/server/auth/session";\nexport type Probe = CurrentUser;')),
    ).toEqual([]);
    expect(
      await problems("components/layer-probe.tsx", client('import { type CurrentUser } from "@/lib/server/auth/session";\nexport type Probe = CurrentUser;')),
    ).toEqual([]);
  });

  it('a "use client" module may not import the lib/domain barrel', async () => {
    const found = await problems(
      "components/layer-probe.tsx",
      client('import { DOT_ACTIVITY_IDS } from "@/lib/domain";\nexport const probe = DOT_ACTIVITY_IDS;'),
    );
    expect(found).toEqual([expect.objectContaining({ ruleId: "client-boundary/imports", message: expect.stringContaining("lib/domain barrel") })]);
  });

  it('a "use client" module may import a lib/domain subpath', async () => {
    expect(
      await problems(
        "components/layer-probe.tsx",
        client('import { DOT_ACTIVITY_IDS } from "@/lib/domain/activities";\nexport const probe = DOT_ACTIVITY_IDS;'),
      ),
    ).toEqual([]);
  });

  it("the same imports are fine without the directive (a server component)", async () => {
    expect(
      await problems(
        "components/layer-probe.tsx",
        'import { DOT_ACTIVITY_IDS } from "@/lib/domain";\nimport { NotFoundError } from "@/lib/server/errors";\nexport const probe = [DOT_ACTIVITY_IDS, NotFoundError];\n',
      ),
    ).toEqual([]);
  });

  it("an import cycle is an error", async () => {
    const file = "tests/fixtures/lint-cycle/a.ts";
    const found = await problems(file, readFileSync(path.join(root, file), "utf8"));
    expect(found).toEqual([expect.objectContaining({ ruleId: "import/no-cycle" })]);
  });
});
