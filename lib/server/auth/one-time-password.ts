import "server-only";
import { randomInt } from "node:crypto";

// Letters and digits that cannot be mistaken for each other when read aloud or copied from a
// screen (no 0/O, 1/l/I): the administrator hands this password over by hand.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** 4 groups of 4 from 54 symbols ≈ 92 bits, from the OS's CSPRNG; e.g. "k7Qm-2xPa-…". */
export function generateOneTimePassword(): string {
  const groups = Array.from({ length: 4 }, () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""));
  return groups.join("-");
}
