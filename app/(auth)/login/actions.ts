"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { ActionResult } from "@/lib/action-result";
import { formAction } from "@/lib/server/actions/server-action";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { safeReturnPath, signInFormSchema } from "./schema";

export type SignInState = ActionResult | null;

export const signInAction = formAction(
  { access: "public", path: "/login", schema: signInFormSchema },
  async (_user, input) => {
    const result = await signInWithPassword(input.email, input.password, await headers());
    if (!result.ok) return { ok: false, message: result.message };
    redirect(safeReturnPath(input.next ?? null));
  },
);
