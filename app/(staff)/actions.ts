"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { serverAction } from "@/lib/server/actions/server-action";
import { signOut } from "@/lib/server/auth/sign-out";

const signOutSession = serverAction(
  { access: "public", path: "/login", schema: z.undefined(), invalid: () => undefined },
  async (): Promise<void> => {
    await signOut(await headers());
    redirect("/login");
  },
);

export async function signOutAction(): Promise<void> {
  await signOutSession(undefined);
}
