"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/components/review/action-message";
import { auth } from "@/lib/server/auth/auth";
import { requireUser } from "@/lib/server/auth/current-user";
import { revokeOwnSessions } from "@/lib/server/sessions/revoke-own-sessions";
import { formObject, refuseInput } from "../../admin/answer";
import { sessionRefSchema } from "./schema";

const PATH = "/staff/account/sessions";

async function currentSessionId(): Promise<string | null> {
  return (await auth().api.getSession({ headers: await headers() }))?.session.id ?? null;
}

/** Signs this user out of one of their other sessions (another browser, another computer). */
export async function revokeSessionAction(_previous: ActionResult | null, data: FormData): Promise<ActionResult> {
  const parsed = sessionRefSchema.safeParse(formObject(data));
  if (!parsed.success) return refuseInput(parsed.error);
  const user = await requireUser(PATH);
  const result = await revokeOwnSessions(user, {
    sessionId: parsed.data.sessionId,
    currentSessionId: await currentSessionId(),
  });
  revalidatePath(PATH);
  return result.ok ? { ok: true, message: "已退出该登录" } : { ok: false, message: result.message };
}

/** 退出其他所有登录: every session of this user but the current one ends. */
export async function revokeOtherSessionsAction(): Promise<ActionResult> {
  const user = await requireUser(PATH);
  const current = await currentSessionId();
  if (!current) return { ok: false, message: "找不到当前登录，请重新登录" };
  const result = await revokeOwnSessions(user, { sessionId: null, currentSessionId: current });
  revalidatePath(PATH);
  return result.ok
    ? { ok: true, message: result.count ? `已退出其他 ${result.count} 处登录` : "没有其他登录" }
    : { ok: false, message: result.message };
}
