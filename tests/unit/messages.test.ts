import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import nl from "@/messages/nl.json";
import da from "@/messages/da.json";

type Tree = { [k: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

// Top-level argument names of an ICU message ({name}, {count, plural, …}), not the words inside branches.
function placeholders(message: string): string[] {
  const names = new Set<string>();
  let depth = 0;
  for (let i = 0; i < message.length; i++) {
    const ch = message[i];
    if (ch === "{") {
      if (depth === 0) {
        const m = /^\{\s*([A-Za-z0-9_]+)/.exec(message.slice(i));
        if (m?.[1]) names.add(m[1]);
      }
      depth++;
    } else if (ch === "}") depth--;
  }
  return [...names].sort();
}

const source = flatten(en as Tree);

describe.each([
  ["nl", nl],
  ["da", da],
])("messages/%s.json", (_locale, messages) => {
  const target = flatten(messages as Tree);

  it("has every English key and no other", () => {
    expect([...target.keys()].sort()).toEqual([...source.keys()].sort());
  });

  it("keeps every placeholder of the English message", () => {
    const mismatches = [...source].filter(([key, msg]) => JSON.stringify(placeholders(msg)) !== JSON.stringify(placeholders(target.get(key) ?? "")));
    expect(mismatches.map(([k]) => k)).toEqual([]);
  });

  it("is really translated (fewer than 15% of messages identical to English)", () => {
    const same = [...source].filter(([key, msg]) => target.get(key) === msg && msg.length > 3);
    expect(same.length / source.size).toBeLessThan(0.15);
  });
});

it("the placeholder parser reads ICU arguments", () => {
  expect(placeholders("{total, plural, one {# item {x}} other {# items}} by {name}")).toEqual(["name", "total"]);
});
