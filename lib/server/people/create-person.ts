import "server-only";
import type { Role } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { createUser } from "./create-user";
import { refuse, type Result } from "@/lib/action-result";
import { isUniqueViolation } from "../is-unique-violation";
import { checkRoleTargets } from "./check-role-targets";
import { checkNewPassword } from "../auth/password-policy";
import { recordSecurityEvent } from "../security/record-security-event";

export type CreatePersonInput = {
  name: string;
  email: string;
  password: string;
  roles: { role: Role; agencyId: string }[];
};

/** Creates a user with an initial password they must change at first login, and their roles; audited. */
export async function createPerson(user: StaffUser, input: CreatePersonInput): Promise<Result<{ userId: string }>> {
  if (!input.roles.length) return refuse("请至少指定一个角色", "roles");
  const email = input.email.trim().toLowerCase();
  try {
    return await db.$transaction(async (tx) => {
      const wrong = await checkRoleTargets(tx, user, input.roles);
      if (wrong) return refuse(wrong, "roles");
      const broken = await checkNewPassword(tx, { password: input.password, email });
      if (broken) return refuse(`初始${broken}`, "password");
      if (await tx.user.findUnique({ where: { email }, select: { id: true } }))
        return refuse(`邮箱 ${email} 已有账号`, "email");
      const roles = [...new Map(input.roles.map((grant) => [`${grant.role}|${grant.agencyId}`, grant])).values()];
      const userId = await createUser(
        tx,
        { name: input.name.trim(), email, password: input.password, roles, mustChangePassword: true },
        user.id,
      );
      await recordSecurityEvent(
        { kind: "user.created", actorId: user.id, subjectUserId: userId, email, detail: { roles } },
        tx,
      );
      return { ok: true as const, userId };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return refuse(`邮箱 ${email} 已有账号`, "email");
    throw error;
  }
}
