import { messageKey } from "@/lib/forms/message-key";

// Messages that name the limit a value broke, shared by every schema of lib/validation.

/** For `.max(max, maxChars(max))` on a string: "At most {max} characters (you have {count})." */
export function maxChars(max: number) {
  return {
    error: (issue: { input?: unknown }) => messageKey("validation.maxChars", { max, count: typeof issue.input === "string" ? issue.input.length : max + 1 }),
  };
}

/** For `.max(max, maxItems(max))` on a list: "Choose at most {max}." */
export function maxItems(max: number) {
  return messageKey("validation.maxItems", { max });
}
