// What a client component ("use client" as its first statement) may import. no-restricted-imports
// cannot see the directive, hence this local rule (loaded in eslint.config.mjs):
// - from lib/server only types: its values are server code (`import "server-only"`) and would
//   either break the build or ship server code to the browser;
// - from lib/domain only subpaths, never the barrel: the barrel re-exports the whole domain, the
//   classifier and its lexicons included, which would all land in the browser bundle.
import path from "node:path";

/** True when the module's first statement is the "use client" directive. */
function isClientModule(program) {
  const first = program.body[0];
  return (
    first?.type === "ExpressionStatement" &&
    (first.directive === "use client" || (first.expression.type === "Literal" && first.expression.value === "use client"))
  );
}

/** The imported module as a path from the project root ("lib/server/x"), or null for a package. */
function projectPath(source, filename, cwd) {
  if (source.startsWith("@/")) return source.slice(2);
  if (!source.startsWith(".")) return null;
  return path
    .relative(cwd, path.resolve(path.dirname(filename), source))
    .split(path.sep)
    .join("/");
}

function isDomainBarrel(target) {
  return /^lib\/domain(\/index(\.tsx?)?)?\/?$/.test(target);
}

function isServer(target) {
  return target === "lib/server" || target.startsWith("lib/server/");
}

/** An import or re-export that TypeScript erases: `import type …`, or only `type` specifiers. */
function isTypeOnly(node) {
  if (node.importKind === "type" || node.exportKind === "type") return true;
  const specifiers = node.specifiers ?? [];
  return specifiers.length > 0 && specifiers.every((s) => s.importKind === "type" || s.exportKind === "type");
}

/** @type {import("eslint").Rule.RuleModule} */
const clientImports = {
  meta: {
    type: "problem",
    docs: { description: "Client components import only types from lib/server and never the lib/domain barrel." },
    schema: [],
    messages: {
      serverValue:
        'A "use client" component may import only types from lib/server ("{{source}}"): use `import type`, or let a server component pass the value in as a prop.',
      domainBarrel:
        'A "use client" component must not import the lib/domain barrel ("{{source}}"), which bundles the whole domain (the classifier included) for the browser: import its subpath, e.g. "@/lib/domain/activities".',
    },
  },
  create(context) {
    let client = false;
    const check = (node, typeOnly) => {
      if (!client || node.source?.type !== "Literal" || typeof node.source.value !== "string") return;
      const source = node.source.value;
      const target = projectPath(source, context.filename, context.cwd);
      if (target === null) return;
      if (isDomainBarrel(target)) context.report({ node, messageId: "domainBarrel", data: { source } });
      else if (isServer(target) && !typeOnly) context.report({ node, messageId: "serverValue", data: { source } });
    };
    return {
      Program(program) {
        client = isClientModule(program);
      },
      ImportDeclaration: (node) => check(node, isTypeOnly(node)),
      ExportNamedDeclaration: (node) => check(node, isTypeOnly(node)),
      ExportAllDeclaration: (node) => check(node, isTypeOnly(node)),
      ImportExpression: (node) => check(node, false),
    };
  },
};

const plugin = { meta: { name: "client-boundary" }, rules: { imports: clientImports } };

export default plugin;
