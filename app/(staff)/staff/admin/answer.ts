import type { z } from "zod";
import type { ActionResult } from "@/components/review/action-message";
import type { AdminResult } from "@/lib/server/admin/admin-result";

// What the admin actions answer the browser: the server's refusal as is, or a confirmation.

export function answer(result: AdminResult, success: string): ActionResult {
  return result.ok ? { ok: true, message: success } : { ok: false, message: result.message };
}

export function refuseInput(error: z.ZodError): ActionResult {
  return {
    ok: false,
    message: error.issues[0]?.message ?? "输入有误",
    problems: error.issues.slice(1, 5).map((issue) => issue.message),
  };
}

/** FormData to a plain object for zod: single values as strings, repeated names as arrays. */
export function formObject(data: FormData): Record<string, string | string[]> {
  const object: Record<string, string | string[]> = {};
  for (const key of new Set(data.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = data.getAll(key).filter((value): value is string => typeof value === "string");
    object[key] = values.length === 1 ? values[0]! : values;
  }
  return object;
}
