import { describe, expect, it } from "vitest";
import { schemaRows } from "@/lib/api/schema-rows";

// The reference page's tables: nested fields dotted, lists as [], references named, null shown.
const components = {
  Money: { type: "object", properties: { cents: { type: "integer", minimum: 0 } }, required: ["cents"] },
};

describe("schemaRows", () => {
  it("flattens objects, lists, references and nullable fields", () => {
    const rows = schemaRows(
      {
        type: "object",
        required: ["items"],
        properties: {
          items: { type: "array", items: { type: "object", properties: { kind: { type: "string", enum: ["a", "b"], description: "The kind." } } } },
          total: { anyOf: [{ $ref: "#/components/schemas/Money" }, { type: "null" }] },
        },
      },
      components,
    );
    expect(rows).toEqual([
      { name: "items", type: "object[]", required: true, notes: [] },
      { name: "items[].kind", type: "string", required: false, notes: ["The kind.", "one of: a, b"] },
      { name: "total", type: "Money | null", required: false, notes: [] },
      { name: "total.cents", type: "integer", required: true, notes: ["≥ 0"] },
    ]);
  });
});
