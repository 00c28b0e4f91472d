"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { Refusal } from "@/lib/action-result";
import { serverAction } from "@/lib/server/actions/server-action";
import { auth } from "@/lib/server/auth/auth";
import { clientAddress } from "@/lib/server/auth/client-address";
import { PASSWORD_CHANGE_PATH } from "@/lib/server/auth/current-user";
import { changeOwnPassword } from "@/lib/server/people/change-own-password";
import { changePasswordSchema } from "./schema";

export type ChangePasswordState = Refusal | null;

export const changePasswordAction = serverAction(
  { access: "staff", path: PASSWORD_CHANGE_PATH, schema: changePasswordSchema },
  async (user, input): Promise<ChangePasswordState> => {
    // This browser stays signed in; every other session of the account is signed out.
    const requestHeaders = await headers();
    const session = await auth().api.getSession({ headers: requestHeaders });
    const result = await changeOwnPassword(user.id, {
      ...input,
      keepSessionId: session?.session.id,
      clientAddress: clientAddress(requestHeaders),
    });
    if (!result.ok) return result;
    redirect("/staff");
  },
);
