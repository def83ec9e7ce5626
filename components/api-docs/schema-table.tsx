import { getTranslations } from "next-intl/server";
import type { SchemaRow } from "@/lib/api/schema-rows";
import { Table, Td } from "@/components/ui/table";
import { InlineCode } from "./inline-code";

/** One row per field of a request or response body (lib/api/schema-rows.ts). */
export async function SchemaTable({ caption, rows }: { caption: string; rows: SchemaRow[] }) {
  const t = await getTranslations("apiDocs");
  return (
    <Table caption={caption} head={[t("field"), t("type"), t("required"), t("notes")]}>
      {rows.map((row) => (
        <tr key={row.name}>
          <Td className="font-mono text-xs">{row.name}</Td>
          <Td className="font-mono text-xs">{row.type}</Td>
          <Td>{row.required ? t("yes") : t("no")}</Td>
          <Td>
            <span lang="en">
              <InlineCode text={row.notes.join("; ")} />
            </span>
          </Td>
        </tr>
      ))}
    </Table>
  );
}
