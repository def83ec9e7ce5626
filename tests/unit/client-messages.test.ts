// Client islands get only the messages they use (components/i18n/client-messages.tsx); a nested
// provider replaces its parent's messages. A namespace left out shows raw keys in the browser, so
// this reads the source: for every client component a server file renders, the namespaces its
// module (and every module it imports) asks for must be listed by the enclosing <ClientMessages>,
// or by the root provider of app/[locale]/layout.tsx when there is none.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import { formStateKeys, pickMessages, type Messages } from "@/lib/forms/messages";

const ROOT = path.resolve(__dirname, "../..");
const MESSAGES = en as Messages;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

const FILES = ["app", "components", "lib"].flatMap(sourceFiles);
const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let source = parsed.get(file);
  if (!source) {
    source = ts.createSourceFile(
      file,
      readFileSync(path.join(ROOT, file), "utf8"),
      ts.ScriptTarget.Latest,
      true,
      file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
    );
    parsed.set(file, source);
  }
  return source;
}

const directive = (file: string) => {
  const first = parse(file).statements[0];
  return first !== undefined && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : undefined;
};
const isClient = (file: string) => directive(file) === "use client";

/** A project import ("@/…" or relative) as a repository path; packages give undefined. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? specifier.slice(2) : specifier.startsWith(".") ? path.join(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (/\.tsx?$/.test(candidate) && existsSync(path.join(ROOT, candidate))) return path.normalize(candidate);
  }
  return undefined; // JSON and CSS imports carry no message use
}

function imports(file: string): { specifier: string; resolved?: string; names: string[] }[] {
  return parse(file)
    .statements.filter(ts.isImportDeclaration)
    .map((decl) => {
      const specifier = (decl.moduleSpecifier as ts.StringLiteral).text;
      const clause = decl.importClause;
      const names: string[] = [];
      if (clause?.name) names.push(clause.name.text);
      if (clause?.namedBindings && ts.isNamedImports(clause.namedBindings)) for (const el of clause.namedBindings.elements) names.push(el.name.text);
      return { specifier, resolved: resolveImport(file, specifier), names };
    });
}

function walk(node: ts.Node, visit: (node: ts.Node) => void) {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

const isMessagePath = (p: string) => {
  let node: unknown = MESSAGES;
  for (const part of p.split(".")) node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  return node !== undefined;
};
const isMessageKey = (s: string) => /^[a-zA-Z]+(\.[\w-]+)+$/.test(s) && s.split(".")[0]! in MESSAGES && isMessagePath(s);

/** What one module asks for by itself: useTranslations namespaces and message keys written out. */
function ownNeeds(file: string): { needs: string[]; rootTranslator: boolean } {
  const needs: string[] = [];
  let rootTranslator = false;
  walk(parse(file), (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
      const arg = node.arguments[0];
      if (!arg) rootTranslator = true;
      else if (ts.isStringLiteral(arg)) needs.push(arg.text);
      else throw new Error(`${file}: useTranslations with a computed namespace cannot be checked`);
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isMessageKey(node.text)) {
      // A key made in the browser (a client-side check), looked up in the island's messages.
      needs.push(node.text);
    }
  });
  return { needs, rootTranslator };
}

/** Everything a client module needs, through every project module it imports. */
function needsOf(file: string, seen = new Set<string>()): Set<string> {
  const all = new Set<string>();
  if (seen.has(file)) return all;
  seen.add(file);
  for (const need of ownNeeds(file).needs) all.add(need);
  // A server action ("use server") reaches the browser as a reference only: its keys come back as texts.
  for (const { resolved } of imports(file)) if (resolved && directive(resolved) !== "use server") for (const need of needsOf(resolved, seen)) all.add(need);
  return all;
}

const covered = (need: string, provided: readonly string[]) => provided.some((p) => need === p || need.startsWith(`${p}.`));

/** The string literals of `namespaces={[…]}` on a <ClientMessages> / messages={pick…([…])} element. */
function listedNamespaces(attribute: ts.JsxAttribute, file: string): string[] {
  const init = attribute.initializer;
  let expr = init && ts.isJsxExpression(init) ? init.expression : undefined;
  // app/[locale]/layout.tsx: messages={pickMessages(await getMessages(), [...])}
  if (expr && ts.isCallExpression(expr)) expr = expr.arguments[expr.arguments.length - 1];
  if (!expr || !ts.isArrayLiteralExpression(expr)) throw new Error(`${file}: list the namespaces as an array of strings in place`);
  return expr.elements.map((el) => {
    if (!ts.isStringLiteral(el)) throw new Error(`${file}: list the namespaces as an array of strings in place`);
    return el.text;
  });
}

function rootNamespaces(): string[] {
  let found: string[] | undefined;
  walk(parse("app/[locale]/layout.tsx"), (node) => {
    if (ts.isJsxOpeningElement(node) && node.tagName.getText() === "NextIntlClientProvider") {
      const attribute = node.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === "messages");
      if (!attribute) throw new Error("app/[locale]/layout.tsx: the root provider must pick its messages");
      found = listedNamespaces(attribute, "app/[locale]/layout.tsx");
    }
  });
  if (!found) throw new Error("app/[locale]/layout.tsx has no NextIntlClientProvider");
  return found;
}

type Problem = string;

/**
 * Keys a server file hands to a client component in its props (justSaved="offerEditor.saved",
 * initialError={signInErrorMessage(error)}): written in the attribute, or in the module of a
 * function the attribute calls. The component translates them in the browser.
 */
function propNeeds(file: string, opening: ts.JsxOpeningLikeElement, projectImports: Map<string, string>): string[] {
  const needs: string[] = [];
  for (const attribute of opening.attributes.properties) {
    walk(attribute, (node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isMessageKey(node.text)) needs.push(node.text);
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
        const from = projectImports.get(node.expression.text);
        if (from && !isClient(from)) needs.push(...ownNeeds(from).needs);
      }
    });
  }
  return needs;
}

function checkServerFile(file: string, root: readonly string[]): Problem[] {
  const clientImports = new Map<string, string>(); // local name → client module
  const projectImports = new Map<string, string>(); // local name → any project module
  for (const imp of imports(file)) {
    if (!imp.resolved) continue;
    for (const name of imp.names) {
      projectImports.set(name, imp.resolved);
      if (isClient(imp.resolved)) clientImports.set(name, imp.resolved);
    }
  }
  if (clientImports.size === 0) return [];
  const problems: Problem[] = [];
  const visit = (node: ts.Node, provided: readonly string[]) => {
    let inner = provided;
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node)) {
      const opening = ts.isJsxElement(node) ? node.openingElement : node;
      const tag = opening.tagName.getText();
      if (tag === "ClientMessages") {
        const attribute = opening.attributes.properties.find((p): p is ts.JsxAttribute => ts.isJsxAttribute(p) && p.name.getText() === "namespaces");
        if (!attribute) problems.push(`${file}: <ClientMessages> without namespaces`);
        else inner = listedNamespaces(attribute, file);
      }
      const clientModule = clientImports.get(tag.split(".")[0]!);
      if (clientModule) {
        const missing = [...needsOf(clientModule), ...propNeeds(file, opening, projectImports)].filter((need) => !covered(need, provided));
        if (missing.length) problems.push(`${file}: <${tag}> (${clientModule}) needs ${missing.join(", ")}`);
      }
    }
    node.forEachChild((child) => visit(child, inner));
  };
  visit(parse(file), root);
  return problems;
}

describe("client components get the messages they use", () => {
  const root = rootNamespaces();
  const clientFiles = FILES.filter(isClient);

  it("finds the client components (the check is not vacuous)", () => {
    expect(clientFiles.length).toBeGreaterThan(30);
    expect(needsOf("components/offers/apply-form.tsx")).toContain("apply");
  });

  it("every path listed for a provider names messages", () => {
    const listed = new Set(root);
    for (const file of FILES.filter((f) => f.endsWith(".tsx") && !isClient(f))) {
      walk(parse(file), (node) => {
        if (ts.isJsxAttribute(node) && node.name.getText() === "namespaces") for (const ns of listedNamespaces(node, file)) listed.add(ns);
      });
    }
    expect([...listed].filter((ns) => !isMessagePath(ns))).toEqual([]);
    expect(listed.size).toBeGreaterThan(5);
  });

  it("each server file wraps the client components it renders in the namespaces they need", () => {
    const problems = FILES.filter((f) => f.endsWith(".tsx") && !isClient(f)).flatMap((f) => checkServerFile(f, root));
    expect(problems).toEqual([]);
  });

  it("client files Next renders itself (error boundaries) live on the root messages", () => {
    const conventions = clientFiles.filter((f) => f.startsWith("app/") && /\/(error|not-found|loading|global-error)\.tsx$/.test(f));
    expect(conventions).toContain("app/[locale]/error.tsx");
    for (const file of conventions)
      expect(
        [...needsOf(file)].filter((need) => !covered(need, root)),
        file,
      ).toEqual([]);
  });

  it("no client component translates a computed key with the root translator: form-state keys go through useFormText", () => {
    const offenders = clientFiles.filter((f) => f !== "components/forms/form-texts.tsx" && ownNeeds(f).rootTranslator);
    expect(offenders).toEqual([]);
  });

  it("every form holds its action's state through useFormActionState, which records the texts the server sent", () => {
    const offenders = clientFiles.filter((f) => f !== "components/forms/form-texts.tsx" && /\buseActionState\b/.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(offenders).toEqual([]);
  });
});

/** Every module a client module brings into the browser: project paths and package names. */
function browserImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const { specifier, resolved } of imports(file)) {
    if (!resolved) seen.add(specifier);
    else if (directive(resolved) !== "use server") browserImports(resolved, seen);
  }
  return seen;
}

describe("client bundles stay lean", () => {
  // The sign-in form checks its two fields with the server's schema before calling next-auth.
  const ZOD_ALLOWED = new Set(["components/auth/sign-in-form.tsx"]);

  it.each(FILES.filter(isClient))("%s brings no zod and no lib/domain barrel into the browser", (file) => {
    const reached = browserImports(file);
    expect(reached.has("lib/domain/index.ts"), "import the narrow lib/domain module instead").toBe(false);
    if (!ZOD_ALLOWED.has(file)) expect([...reached].filter((m) => m === "zod" || m.startsWith("lib/validation/"))).toEqual([]);
  });
});

describe("message subsets", () => {
  const messages: Messages = { a: { b: "B", c: { d: "D", e: "E" } }, f: "F" };

  it.each([
    [["a.c.d"], { a: { c: { d: "D" } } }],
    [["a.c", "a.b"], { a: { c: { d: "D", e: "E" }, b: "B" } }],
    [["f", "a.c.e", "a.c"], { f: "F", a: { c: { e: "E", d: "D" } } }],
    [[], {}],
  ])("pickMessages(%j)", (paths, expected) => {
    expect(pickMessages(messages, paths)).toEqual(expected);
  });

  it("refuses a path that names nothing", () => {
    expect(() => pickMessages(messages, ["a.x"])).toThrow('No messages at "a.x"');
  });

  it("leaves the full tree as it was", () => {
    pickMessages(messages, ["a.c", "a.c.e"]);
    expect(messages).toEqual({ a: { b: "B", c: { d: "D", e: "E" } }, f: "F" });
  });

  it.each([
    [null, []],
    [{ ok: true as const }, []],
    [{ ok: true as const, message: "x.saved" }, ["x.saved"]],
    [
      { ok: false as const, message: "errors.fixFields", fieldErrors: { a: ["v.required"], b: ["v.required", "v.tooLong"], c: undefined } },
      ["errors.fixFields", "v.required", "v.tooLong"],
    ],
  ])("formStateKeys(%j)", (state, keys) => {
    expect(formStateKeys(state)).toEqual(keys);
  });
});

/** Every project module a client module reaches through its imports (server actions excluded). */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const { resolved } of imports(file)) if (resolved && directive(resolved) !== "use server") reachable(resolved, seen);
  return seen;
}

describe("client bundles carry one locale's country and language names, not all of them", () => {
  const ALL_NAMES = ["lib/text/names/index.ts", "lib/text/display-name.ts"];

  it("the check sees the names when a module imports them", () => {
    expect(reachable("components/offers/offer-facts.tsx")).toContain("lib/text/display-name.ts");
  });

  it.each(FILES.filter(isClient))("%s", (file) => {
    const leaks = [...reachable(file)].filter((m) => ALL_NAMES.includes(m));
    expect(leaks, `${file} imports every locale's names: use useNameOptions (components/i18n/names-context.tsx)`).toEqual([]);
  });
});
