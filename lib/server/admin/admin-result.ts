// The one result type lives in lib/action-result.ts; the import modules still reach it by this path.
export { refuse, type Result as AdminResult } from "@/lib/action-result";
export { isUniqueViolation } from "../is-unique-violation";
