export * from "./bm-report";
export * from "./common";
export * from "./omobility";
export * from "./xml";
