import { z } from "zod";

export const signInSchema = z.object({
  email: z.email("请输入有效的邮箱地址").max(200, "邮箱地址过长"),
  password: z.string().min(1, "请输入密码").max(200, "密码过长"),
});

export type SignInInput = z.infer<typeof signInSchema>;

const HOME = "/staff";
// Characters of a plain path and query; anything else (backslash, whitespace, control characters,
// quotes, non-ASCII) refuses the whole value rather than being cleaned up.
const PLAIN_PATH = /^\/staff(?:[/?#][A-Za-z0-9\-._~/?#=&%+,:@]*)?$/;
// Percent-escapes a browser or proxy may turn into something that leaves the site: \ / and
// control characters (%00-%1F, %7F), as well as an escaped % that would decode into one of them.
const DANGEROUS_ESCAPE = /%(?:5c|2f|25|[01][0-9a-f]|7f)/i;

/**
 * Where to go after login: only a plain path of the staff area on this site, else the staff home
 * page. Refuses `//host`, `/\host`, `/%5Chost`, tab/CR/LF tricks, dot segments and absolute URLs.
 */
export function safeReturnPath(next: string | undefined | null): string {
  if (
    !next ||
    next.length > 500 ||
    !PLAIN_PATH.test(next) ||
    DANGEROUS_ESCAPE.test(next) ||
    /\/\.\.?(?:[/?#]|$)/.test(next)
  )
    return HOME;
  const base = "http://gknb.invalid";
  const url = new URL(next, base);
  return url.origin === base && url.pathname.startsWith(HOME) ? next : HOME;
}

/** The sign-in form as posted: the credentials and where to go next (anything unusable counts as absent). */
export const signInFormSchema = signInSchema.extend({
  next: z.string().optional().catch(undefined),
});
