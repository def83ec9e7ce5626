import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CV_MAX_BYTES, copyCv, deleteCv, readCv, sanitiseCvFileName, storeCv } from "@/lib/server/files/cv";
import { ExpectedError, NotFoundError } from "@/lib/server/errors";
import { FILE_STORES, storedFileNames as storedFiles, useFileStore } from "./stored-files";

const fixture = (name: string) => readFile(path.resolve("tests/fixtures/files", name));
const pdfOfSize = (size: number) => {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write("%PDF-1.4\n", 0, "ascii");
  return new File([bytes], "big.pdf", { type: "application/pdf" });
};

async function refusal(promise: Promise<unknown>): Promise<ExpectedError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExpectedError);
  return error as ExpectedError;
}

// The same checks whichever store holds the bytes (the stores' own contract: file-store.test.ts).
describe.each(FILE_STORES)("CVs in the %s store", (kind) => {
  useFileStore(kind);

  describe("storeCv", () => {
    it("stores a PDF under a random name, readable back byte for byte", async () => {
      const bytes = await fixture("cv.pdf");
      const stored = await storeCv(new File([bytes], "Jana Nováková CV.pdf", { type: "application/pdf" }));
      expect(stored.storedName).toMatch(/^cv-[0-9a-f-]{36}\.pdf$/);
      expect(stored.fileName).toBe("Jana Nováková CV.pdf");
      expect(await readCv(stored.storedName)).toEqual(bytes);
      expect(await storedFiles()).toContain(stored.storedName);
      const again = await storeCv(new File([bytes], "cv.pdf"));
      expect(again.storedName).not.toBe(stored.storedName);
    });

    it("refuses a PNG renamed .pdf, whatever MIME type the browser claims, and writes nothing", async () => {
      const before = await storedFiles();
      const error = await refusal(storeCv(new File([await fixture("image-renamed.pdf")], "cv.pdf", { type: "application/pdf" })));
      expect(error).toMatchObject({ key: "validation.cvNotPdf", field: "cv" });
      expect(await storedFiles()).toEqual(before);
    });

    it("refuses an empty file and a text file that merely mentions %PDF- later on", async () => {
      expect(await refusal(storeCv(new File([], "cv.pdf")))).toMatchObject({ key: "validation.cvEmpty", field: "cv" });
      expect(await refusal(storeCv(new File([" %PDF-1.4"], "cv.pdf")))).toMatchObject({ key: "validation.cvNotPdf" });
      expect(await refusal(storeCv(new File(["%PD"], "cv.pdf")))).toMatchObject({ key: "validation.cvNotPdf" });
    });

    it("accepts exactly 5 MiB and refuses 5 MiB + 1 byte (and 6 MiB) without writing", async () => {
      const ok = await storeCv(pdfOfSize(CV_MAX_BYTES));
      expect((await readCv(ok.storedName)).length).toBe(CV_MAX_BYTES);
      const before = await storedFiles();
      expect(await refusal(storeCv(pdfOfSize(CV_MAX_BYTES + 1)))).toMatchObject({ key: "validation.cvTooLarge", field: "cv" });
      expect(await refusal(storeCv(pdfOfSize(6 * 1024 * 1024)))).toMatchObject({ key: "validation.cvTooLarge" });
      expect(await storedFiles()).toEqual(before);
    });
  });

  describe("readCv / deleteCv / copyCv", () => {
    it.each([
      "../../etc/passwd",
      "cv-../x.pdf",
      "/etc/passwd",
      "cv-00000000-0000-4000-8000-000000000000.pdf/../../x",
      "CV-00000000-0000-4000-8000-000000000000.PDF",
      "",
      "cv-0.pdf",
    ])("refuse the stored name %j", async (name) => {
      await expect(readCv(name)).rejects.toBeInstanceOf(NotFoundError);
      await expect(deleteCv(name)).rejects.toBeInstanceOf(NotFoundError);
      await expect(copyCv(name)).rejects.toBeInstanceOf(NotFoundError);
    });

    it("a well-formed name that was never stored is not found; deleting is idempotent; a copy outlives the original", async () => {
      await expect(readCv("cv-00000000-0000-4000-8000-000000000000.pdf")).rejects.toBeInstanceOf(NotFoundError);
      const stored = await storeCv(new File([await fixture("cv.pdf")], "cv.pdf"));
      const copy = await copyCv(stored.storedName);
      await deleteCv(stored.storedName);
      await deleteCv(stored.storedName);
      await expect(readCv(stored.storedName)).rejects.toBeInstanceOf(NotFoundError);
      expect(await readCv(copy)).toEqual(await fixture("cv.pdf"));
      expect(await storedFiles()).toContain(copy);
      expect(await storedFiles()).not.toContain(stored.storedName);
    });
  });
});

describe("sanitiseCvFileName", () => {
  it.each([
    ["C:\\Users\\jana\\CV.pdf", "CV.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ["cv\u202Efdp.exe", "cvfdp.exe.pdf"],
    ["line\r\nbreak\u0000.pdf", "linebreak.pdf"],
    ['a"b<c>|d?.PDF', "abcd.pdf"],
    ["   ", "cv.pdf"],
    ["...pdf", "cv.pdf"],
    [".pdf", "cv.pdf"],
    [".hidden.pdf", "hidden.pdf"],
    [`${"x".repeat(300)}.pdf`, `${"x".repeat(116)}.pdf`],
  ])("%j → %j", (raw, expected) => {
    expect(sanitiseCvFileName(raw)).toBe(expected);
  });
});
