// Owner-zone time, pure: every function takes the instant it reasons about; none reads the wall clock.
export * from "./business";
export * from "./civil";
export * from "./deadline";
export * from "./format";
export * from "./instant";
export * from "./zone";
