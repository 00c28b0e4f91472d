// What every server function and server action answers: done (with what it made), or refused with
// a message in Chinese for the person who asked and, where one input is at fault, the name of that
// field and the further problems behind the refusal. Shared by the server and the forms that show it.

export type Refusal = { ok: false; message: string; field?: string; problems?: string[] };

export type Result<T extends object = object> = ({ ok: true } & T) | Refusal;

/** What a form's server action answers the browser: a confirmation or a refusal, both to be shown. */
export type ActionResult = Result<{ message: string }>;

export function refuse(message: string, field?: string): Refusal {
  return field ? { ok: false, message, field } : { ok: false, message };
}

/** A server function's answer as a form shows it: its refusal as is, or the confirmation `success`. */
export function answer(result: Result, success: string): ActionResult {
  return result.ok ? { ok: true, message: success } : result;
}
