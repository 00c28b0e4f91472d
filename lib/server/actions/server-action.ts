import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult, Refusal } from "@/lib/action-result";
import { getCurrentUser, requestCaller, requireUser, type RequestCaller, type StaffUser } from "../auth/current-user";
import { requireAdmin } from "../auth/require-admin";

// The one way a server action starts: its input parsed with its zod schema (every message of the
// schemas is written for the user, in Chinese), the session and role checked, then one lib/server
// function called. An unexpected failure becomes a message in Chinese instead of an error page, and
// is logged; Next's own redirect and notFound pass through.

type Access = "public" | "staff" | "admin" | "caller";
type UserOf<A extends Access> = A extends "public" ? null : A extends "caller" ? RequestCaller : StaffUser;

type Options<S extends z.ZodType, R, A extends Access> = {
  schema: S;
  /**
   * public: no session needed (signing in); staff: any signed-in user (the function authorizes
   * next to the data); admin: an admin, anyone else gets the same 404 as a wrong URL; caller: a
   * request with a session, whose user the function reads in its own first statement and
   * admits as getCurrentUser would (RequestCaller), answering `signedOut` itself when that fails.
   */
  access: A;
  /** Where the sign-in page returns to. */
  path: string | ((input: z.output<S>) => string);
  /** The answer to a caller without a session, instead of the redirect to the sign-in page. */
  signedOut?: NoInfer<R>;
  /** The refusal of invalid input, for callers that expect their own shape of answer. */
  invalid?: (message: string) => NoInfer<R>;
};

const FAILED = "操作未完成：服务器出错，请稍后重试；如一再出现，请联系系统管理员";

/**
 * A server action taking its input as an object (forms built on react-hook-form, the wizard). It
 * answers what `run` answers, or a refusal: a Refusal, or the caller's own shape given `invalid`.
 */
export function serverAction<S extends z.ZodType, R, A extends Access>(
  options: Options<S, R, A> & { invalid: (message: string) => NoInfer<R> },
  run: (user: UserOf<A>, input: z.output<S>) => Promise<R>,
): (input: z.input<S>) => Promise<R>;
export function serverAction<S extends z.ZodType, R, A extends Access>(
  options: Options<S, R, A>,
  run: (user: UserOf<A>, input: z.output<S>) => Promise<R>,
): (input: z.input<S>) => Promise<R | Refusal>;
export function serverAction<S extends z.ZodType, R, A extends Access>(
  options: Options<S, R, A>,
  run: (user: UserOf<A>, input: z.output<S>) => Promise<R>,
): (input: z.input<S>) => Promise<R | Refusal> {
  return async (input) => {
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) return refuseInput(parsed.error, options.invalid);
    const path = typeof options.path === "function" ? options.path(parsed.data) : options.path;
    const user = await signedInUser(options, path);
    if (!user && options.access !== "public") return options.signedOut!;
    try {
      return await run(user as UserOf<A>, parsed.data);
    } catch (error) {
      unstable_rethrow(error);
      console.error(`server action for ${path} failed`, error);
      return options.invalid ? options.invalid(FAILED) : { ok: false, message: FAILED };
    }
  };
}

/** A server action of a plain form (useActionState): the form's fields as its input. */
export function formAction<S extends z.ZodType, A extends Access>(
  options: Omit<Options<S, ActionResult, A>, "invalid">,
  run: (user: UserOf<A>, input: z.output<S>) => Promise<ActionResult>,
): (previous: ActionResult | null, data: FormData) => Promise<ActionResult> {
  const action = serverAction(options, run);
  return async (_previous, data) => action(formObject(data) as z.input<S>);
}

async function signedInUser<S extends z.ZodType, R, A extends Access>(
  options: Options<S, R, A>,
  path: string,
): Promise<StaffUser | RequestCaller | null> {
  if (options.access === "public") return null;
  if (options.access === "caller") return requestCaller();
  if (options.access === "admin") return requireAdmin(path);
  if (options.signedOut) return getCurrentUser();
  return requireUser(path);
}

function refuseInput<R>(error: z.ZodError, invalid?: (message: string) => R): R | Refusal {
  const message = error.issues[0]?.message ?? "输入有误";
  if (invalid) return invalid(message);
  const problems = error.issues.slice(1, 5).map((issue) => issue.message);
  return problems.length ? { ok: false, message, problems } : { ok: false, message };
}

/** FormData to a plain object for zod: single values as strings, repeated names as arrays. */
function formObject(data: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = data.getAll(key).filter((value): value is string => typeof value === "string");
    object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
