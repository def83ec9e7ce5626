// Public API of the pure Erasmus+ DOT domain (README, "What works today": the rules engine). No I/O in here.
export * from "./activities";
export * from "./countries";
export * from "./participants";
export * from "./actions";
export * from "./dates";
export * from "./duration";
export * from "./grants";
export * from "./formats";
export * from "./placement-checks";
export * from "./classifier";
export * from "./classifications";
export * from "./placement-proposal";
export * from "./isced";
export * from "./matching/score";
export * from "./top-k";
export * from "./application-messages";
