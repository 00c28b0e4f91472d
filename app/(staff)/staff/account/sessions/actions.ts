"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/server/actions/server-action";
import { auth } from "@/lib/server/auth/auth";
import { revokeOwnSessions } from "@/lib/server/sessions/revoke-own-sessions";
import { sessionRefSchema } from "./schema";

const PATH = "/staff/account/sessions";
const STAFF = { access: "staff", path: PATH } as const;

async function currentSessionId(): Promise<string | null> {
  return (await auth().api.getSession({ headers: await headers() }))?.session.id ?? null;
}

/** Signs this user out of one of their other sessions (another browser, another computer). */
export const revokeSessionAction = formAction({ ...STAFF, schema: sessionRefSchema }, async (user, input) => {
  const result = await revokeOwnSessions(user, {
    sessionId: input.sessionId,
    currentSessionId: await currentSessionId(),
  });
  revalidatePath(PATH);
  return result.ok ? { ok: true, message: "已退出该登录" } : { ok: false, message: result.message };
});

/** 退出其他所有登录: every session of this user but the current one ends. */
export const revokeOtherSessionsAction = formAction({ ...STAFF, schema: z.object({}) }, async (user) => {
  const current = await currentSessionId();
  if (!current) return { ok: false, message: "找不到当前登录，请重新登录" };
  const result = await revokeOwnSessions(user, { sessionId: null, currentSessionId: current });
  revalidatePath(PATH);
  return result.ok
    ? { ok: true, message: result.count ? `已退出其他 ${result.count} 处登录` : "没有其他登录" }
    : { ok: false, message: result.message };
});
