// Learning Agreement for Traineeships (docs/domain.md §5): drafting, who edits and signs what, A2 changes, D certificate.
export * from "./draft";
export * from "./parties";
export * from "./signing";
export * from "./changes";
export * from "./certificate";
