// A tiny XML element builder for the EWP shapes (no dependency): elements, attributes, escaped text,
// two-space indentation. Absent values (undefined/null) drop the element, so optional XSD elements
// appear only when the portal holds them.

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}
export type XmlNode = XmlElement | string;
type Child = XmlNode | null | undefined | false | readonly Child[];

/** XML 1.0 forbids most C0 controls even escaped: they are dropped, never written. */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function flatten(children: readonly Child[]): XmlNode[] {
  return children.flatMap((c) => (Array.isArray(c) ? flatten(c) : c === null || c === undefined || c === false ? [] : [c as XmlNode]));
}

/** An element; children may be nested arrays, strings (text) or absent values (skipped). */
export function el(name: string, attributes: Record<string, string | undefined> | null, ...children: Child[]): XmlElement {
  const attrs = Object.fromEntries(Object.entries(attributes ?? {}).filter((e): e is [string, string] => e[1] !== undefined));
  return { name, attributes: attrs, children: flatten(children) };
}

/** A leaf with text content, or nothing when the value is absent. */
export function leaf(name: string, value: string | number | boolean | null | undefined, attributes?: Record<string, string | undefined>): XmlElement | null {
  if (value === null || value === undefined) return null;
  return el(name, attributes ?? null, String(value));
}

function render(node: XmlNode, indent: string): string {
  if (typeof node === "string") return escapeXml(node);
  const attrs = Object.entries(node.attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join("");
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`;
  if (node.children.every((c) => typeof c === "string")) {
    return `${indent}<${node.name}${attrs}>${node.children.map((c) => render(c, "")).join("")}</${node.name}>`;
  }
  const inner = node.children.map((c) => (typeof c === "string" ? indent + "  " + escapeXml(c) : render(c, indent + "  "))).join("\n");
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`;
}

/** The document: XML declaration, the root element, a final newline. */
export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${render(root, "")}\n`;
}
