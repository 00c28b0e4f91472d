"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { changeOwnPassword } from "@/lib/server/people/change-own-password";
import { auth } from "@/lib/server/auth/auth";
import { clientAddress } from "@/lib/server/auth/client-address";
import { PASSWORD_CHANGE_PATH, requireUser } from "@/lib/server/auth/current-user";
import { changePasswordSchema, type ChangePasswordFields } from "./schema";

export type ChangePasswordState = { message: string; field?: string } | null;

export async function changePasswordAction(input: ChangePasswordFields): Promise<ChangePasswordState> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "输入有误" };
  const user = await requireUser(PASSWORD_CHANGE_PATH);
  // This browser stays signed in; every other session of the account is signed out.
  const requestHeaders = await headers();
  const session = await auth().api.getSession({ headers: requestHeaders });
  const result = await changeOwnPassword(user.id, {
    ...parsed.data,
    keepSessionId: session?.session.id,
    clientAddress: clientAddress(requestHeaders),
  });
  if (!result.ok) return { message: result.message, field: result.field };
  redirect("/staff");
}
