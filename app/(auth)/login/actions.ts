"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signInWithPassword } from "@/lib/server/auth/sign-in";
import { safeReturnPath, signInSchema } from "./schema";

export type SignInState = { message: string } | null;

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) return { message: parsed.error.issues[0]?.message ?? "请填写邮箱和密码" };
  const result = await signInWithPassword(parsed.data.email, parsed.data.password, await headers());
  if (!result.ok) return { message: result.message };
  const next = formData.get("next");
  redirect(safeReturnPath(typeof next === "string" ? next : null));
}
