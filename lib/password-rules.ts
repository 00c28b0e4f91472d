// The password policy's rules that need no data: shown beside every new-password field and checked
// in the browser and on the server alike. The server adds what needs data (lib/server/auth/
// password-policy.ts): the list of common passwords and the user's last five.

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;
export const PASSWORD_HISTORY_SIZE = 5;

/** The rules as the user reads them, beside the field. */
export const PASSWORD_RULES = [
  `至少 ${MIN_PASSWORD_LENGTH} 个字符`,
  "包含大写字母、小写字母、数字、符号中的至少三类",
  "不包含邮箱 @ 前面的用户名",
  `不能与最近 ${PASSWORD_HISTORY_SIZE} 次使用过的密码相同`,
  "不能是常见的弱密码（如 password123、qwerty123）",
] as const;

const KINDS = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/** The first rule the password breaks (a message in Chinese), or null. */
export function checkPasswordShape(password: string, email?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`;
  if (password.length > MAX_PASSWORD_LENGTH) return `密码不超过 ${MAX_PASSWORD_LENGTH} 个字符`;
  if (KINDS.filter((kind) => kind.test(password)).length < 3)
    return "密码须包含大写字母、小写字母、数字、符号中的至少三类";
  const name = email?.split("@")[0]?.trim().toLowerCase();
  if (name && name.length >= 3 && password.toLowerCase().includes(name)) return "密码不能包含邮箱 @ 前面的用户名";
  return null;
}
