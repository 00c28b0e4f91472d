import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { verifyPassword } from "./password-hash";
import type { Prisma } from "@/lib/generated/prisma/client";
import { PASSWORD_HISTORY_SIZE, checkPasswordShape } from "@/lib/password-rules";

// The whole password policy on the server: the shape rules of lib/password-rules.ts, the ~49,000
// common passwords of zxcvbn's list (@zxcvbn-ts/language-common, never sent to the browser) and,
// for a user's own change, their last PASSWORD_HISTORY_SIZE passwords.

let common: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary["passwords-common"] as string[]).map((entry) => entry.toLowerCase()));
  const lower = password.toLowerCase();
  // Also "Password123!" and "qwerty123." : a common password with a symbol or a capital put on.
  return (
    common.has(lower) || common.has(lower.replace(/[^a-z0-9]+$/, "")) || common.has(lower.replace(/^[^a-z0-9]+/, ""))
  );
}

/** The first rule a new password breaks, in Chinese, or null; `userId` checks the history too. */
export async function checkNewPassword(
  tx: Prisma.TransactionClient,
  input: { password: string; email: string; userId?: string },
): Promise<string | null> {
  const shape = checkPasswordShape(input.password, input.email);
  if (shape) return shape;
  if (isCommonPassword(input.password)) return "这是常见的弱密码，很容易被猜中，请换一个";
  if (!input.userId) return null;
  const current = await tx.account.findFirst({
    where: { userId: input.userId, providerId: "credential" },
    select: { password: true },
  });
  const history = await tx.passwordHistory.findMany({
    where: { userId: input.userId },
    orderBy: { createdAt: "desc" },
    take: PASSWORD_HISTORY_SIZE,
    select: { hash: true },
  });
  const hashes = [
    ...new Set([current?.password, ...history.map((row) => row.hash)].filter((hash): hash is string => Boolean(hash))),
  ];
  for (const hash of hashes) {
    if (await verifyPassword({ hash, password: input.password }))
      return `不能与最近 ${PASSWORD_HISTORY_SIZE} 次使用过的密码相同`;
  }
  return null;
}
