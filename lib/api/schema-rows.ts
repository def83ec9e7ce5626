// A JSON Schema (as lib/api/openapi.ts emits it) flattened into table rows for the reference page:
// one row per field, nested fields dotted (`record.grant.totalCents`), list items as `[]`.

type Json = Record<string, unknown>;

export interface SchemaRow {
  name: string;
  type: string;
  required: boolean;
  /** Allowed values, bounds, format and description, in plain words. */
  notes: string[];
}

const MAX_DEPTH = 6;

/** `#/components/schemas/X` → the schema, and its name. */
function deref(schema: Json, components: Record<string, Json>): { schema: Json; name?: string } {
  const ref = schema.$ref;
  if (typeof ref !== "string") return { schema };
  const name = ref.split("/").pop()!;
  return { schema: { ...(components[name] ?? {}), ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) }, name };
}

/** The non-null alternative of `anyOf: [X, {type: null}]`, and whether null is allowed. */
function unwrapNullable(schema: Json): { schema: Json; nullable: boolean } {
  const alternatives = schema.anyOf as Json[] | undefined;
  if (alternatives) {
    const rest = alternatives.filter((a) => a.type !== "null");
    if (rest.length === 1 && rest.length < alternatives.length) {
      const { anyOf: _a, ...outer } = schema;
      return { schema: { ...rest[0], ...outer }, nullable: true };
    }
  }
  if (Array.isArray(schema.type) && schema.type.includes("null")) {
    const types = schema.type.filter((t) => t !== "null");
    return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
  }
  return { schema, nullable: false };
}

function typeOf(schema: Json, components: Record<string, Json>): string {
  const { schema: s, name } = deref(schema, components);
  if (name) return name;
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (Array.isArray(s.anyOf)) return (s.anyOf as Json[]).map((a) => typeOf(a, components)).join(" | ");
  if (s.type === "array") return `${typeOf((s.items as Json) ?? {}, components)}[]`;
  if (s.type === "object" && s.additionalProperties && typeof s.additionalProperties === "object")
    return `map of ${typeOf(s.additionalProperties as Json, components)}`;
  if (Array.isArray(s.type)) return s.type.join(" | ");
  return typeof s.type === "string" ? s.type : "any";
}

function notesOf(s: Json): string[] {
  const notes: string[] = [];
  if (typeof s.description === "string") notes.push(s.description);
  if (Array.isArray(s.enum)) notes.push(`one of: ${s.enum.map(String).join(", ")}`);
  if (typeof s.format === "string") notes.push(`format: ${s.format}`);
  const bounds: [string, string][] = [
    ["minLength", "at least {} characters"],
    ["maxLength", "at most {} characters"],
    ["minimum", "≥ {}"],
    ["maximum", "≤ {}"],
    ["minItems", "at least {} items"],
    ["maxItems", "at most {} items"],
  ];
  for (const [key, text] of bounds) if (typeof s[key] === "number") notes.push(text.replace("{}", String(s[key])));
  if (s.default !== undefined) notes.push(`default: ${JSON.stringify(s.default)}`);
  return notes;
}

export function schemaRows(schema: Json, components: Record<string, Json>, prefix = "", depth = 0): SchemaRow[] {
  const { schema: s } = deref(unwrapNullable(deref(schema, components).schema).schema, components);
  if (depth > MAX_DEPTH) return [];
  if (s.type === "array" && s.items) return schemaRows(s.items as Json, components, `${prefix}[]`, depth + 1);
  const properties = s.properties as Record<string, Json> | undefined;
  if (s.type !== "object" || !properties) return [];
  const required = new Set((s.required as string[] | undefined) ?? []);
  return Object.entries(properties).flatMap(([key, child]) => {
    const name = prefix ? `${prefix}.${key}` : key;
    const { schema: inner, nullable } = unwrapNullable(deref(child, components).schema);
    const row: SchemaRow = {
      name,
      type: `${typeOf(unwrapNullable(child).schema, components)}${nullable ? " | null" : ""}`,
      required: required.has(key),
      notes: notesOf({ ...inner, ...(typeof child.description === "string" ? { description: child.description } : {}) }),
    };
    return [row, ...schemaRows(child, components, name, depth + 1)];
  });
}
