// ASCII e-mail local parts from real names ("Søren Kjærgaard" → "soren.kjaergaard").
const SPECIAL: Readonly<Record<string, string>> = {
  ø: "o",
  Ø: "o",
  æ: "ae",
  Æ: "ae",
  å: "a",
  Å: "a",
  ß: "ss",
  ł: "l",
  Ł: "l",
  ı: "i",
  đ: "d",
  ð: "d",
  þ: "th",
};

export function asciiSlug(text: string, separator = "-"): string {
  return [...text]
    .map((ch) => SPECIAL[ch] ?? ch)
    .join("")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, separator)
    .replace(new RegExp(`^\\${separator}+|\\${separator}+$`, "g"), "");
}
