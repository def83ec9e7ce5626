import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isSafeZipName, zip } from "@/lib/server/files/zip";

// The archive is checked by Debian's unzip, an independent reader (an integration test: it runs a program).
const dir = mkdtempSync(path.join(tmpdir(), "zip-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("zip", () => {
  it("writes an archive unzip tests and extracts byte for byte, with UTF-8 names and folders", () => {
    const pdf = Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(200_000, 7)]);
    const file = path.join(dir, "export.zip");
    writeFileSync(
      file,
      zip(
        [
          { name: "data.json", data: JSON.stringify({ name: "Zoë Van den Broeck" }) },
          { name: "files/CV – Zoë.pdf", data: pdf },
          { name: "empty.txt", data: "" },
        ],
        new Date("2026-12-07T10:20:30Z"),
      ),
    );
    expect(execFileSync("unzip", ["-t", file], { encoding: "utf8" })).toContain("No errors detected");
    const listing = execFileSync("unzip", ["-l", file], { encoding: "utf8" });
    expect(listing).toContain("2026-12-07 10:20");
    execFileSync("unzip", ["-q", file, "-d", path.join(dir, "out")]);
    expect(JSON.parse(readFileSync(path.join(dir, "out", "data.json"), "utf8"))).toEqual({ name: "Zoë Van den Broeck" });
    expect(readFileSync(path.join(dir, "out", "files", "CV – Zoë.pdf")).equals(pdf)).toBe(true);
    expect(readFileSync(path.join(dir, "out", "empty.txt"), "utf8")).toBe("");
  });

  it.each(["../etc/passwd", "/abs", "a//b", "a\\b", "", "a/../b", "line\nbreak"])("refuses the entry name %j", (name) => {
    expect(isSafeZipName(name)).toBe(false);
    expect(() => zip([{ name, data: "x" }])).toThrow(/unsafe ZIP entry name/);
  });
});
