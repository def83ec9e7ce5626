import { describe, expect, it } from "vitest";
import { cvFileProblem } from "@/lib/forms/cv-file";
import { parseMessageKey } from "@/lib/forms/message-key";

const MB = 1024 * 1024;

describe("cvFileProblem (the browser's check before an upload)", () => {
  it.each([
    [{ name: "cv.pdf", size: 200_000, type: "application/pdf" }, null],
    [{ name: "CV.PDF", size: 200_000, type: "" }, null],
    [{ name: "cv.pdf", size: 5 * MB, type: "application/pdf" }, null],
    [
      { name: "cv.pdf", size: 5 * MB + 1, type: "application/pdf" },
      { key: "upload.tooLarge", values: { name: "cv.pdf", size: "5.01", max: 5 } },
    ],
    [
      { name: "big.pdf", size: 6 * MB + 9, type: "application/pdf" },
      { key: "upload.tooLarge", values: { name: "big.pdf", size: "6.0", max: 5 } },
    ],
    [
      { name: "scan.pdf", size: 10 * MB, type: "application/pdf" },
      { key: "upload.tooLarge", values: { name: "scan.pdf", size: "10.0", max: 5 } },
    ],
    [
      { name: "cv.docx", size: 20_000, type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
      { key: "upload.notPdf", values: { name: "cv.docx" } },
    ],
    [{ name: "empty.pdf", size: 0, type: "application/pdf" }, { key: "validation.cvEmpty" }],
  ])("%j → %j", (file, expected) => {
    const problem = cvFileProblem(file);
    expect(problem === null ? null : parseMessageKey(problem)).toEqual(expected);
  });
});
