// What every admin function answers: done (with what it made), or refused with a message in
// Chinese for the 主管部门 and, where one input is at fault, the name of that field.

export type AdminFailure = { ok: false; message: string; field?: string };
export type AdminResult<T extends object = object> = ({ ok: true } & T) | AdminFailure;

export function refuse(message: string, field?: string): AdminFailure {
  return field ? { ok: false, message, field } : { ok: false, message };
}

/** A unique index refused the write (two admins creating the same name at the same moment). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
