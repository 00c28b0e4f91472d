import "server-only";

/** A unique index refused the write (two admins creating the same name at the same moment). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
