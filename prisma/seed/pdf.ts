// Helvetica with WinAnsiEncoding shows Latin-1 as is; other letters lose their accents (ı → i, ł → ?).
function latin1(s: string): string {
  return Array.from(s, (ch) => {
    if (/[\x20-\x7e\xa0-\xff]/.test(ch)) return ch;
    const base = ch.normalize("NFD").replace(/\p{M}/gu, "");
    return /^[\x20-\x7e]$/.test(base) ? base : ch === "ı" ? "i" : "?";
  }).join("");
}

// A tiny but valid one-page PDF (correct xref offsets), so seeded CVs and test uploads open in
// any viewer without shipping binary fixtures around.
export function tinyPdf(lines: readonly string[]): Buffer {
  const escape = (s: string) => latin1(s).replace(/([\\()])/g, "\\$1");
  const content = ["BT", "/F1 14 Tf", "72 770 Td", "18 TL", ...lines.map((l) => `(${escape(l)}) '`), "ET"].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}
