import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { parseCookies } from "better-auth/cookies";

// better-auth's signed cookie cache of the session ("compact" strategy: base64url JSON of the
// session, its expiry and an HMAC-SHA256 of both), checked synchronously. better-auth's own
// getCookieCache checks it with Web Crypto, whose HMAC runs on libuv's thread pool: handing the
// work to a thread and back cost every request about a tenth of an autosave's CPU (the most
// frequent request of the season, docs/deployment.md), for a hash of half a kilobyte. The format
// is better-auth's; whatever does not match it exactly (another strategy, a chunked or altered
// cookie, a payload of another shape) is no cache, and the caller asks better-auth instead.

export type CachedSession = { id: string; userId: string; token: string };

type CompactPayload = {
  session?: { session?: { id?: unknown; userId?: unknown; token?: unknown; expiresAt?: unknown } };
  expiresAt?: unknown;
  signature?: unknown;
};

/** The session in the cookie cache `cookieName` of `cookieHeader`, if its signature holds and neither it nor the cache has expired. */
export function readSessionCookieCache(
  cookieHeader: string | null,
  cookieName: string,
  secret: string,
  now = Date.now(),
): CachedSession | null {
  const value = cookieHeader ? parseCookies(cookieHeader).get(cookieName) : undefined;
  if (!value) return null;
  let payload: CompactPayload;
  try {
    payload = JSON.parse(Buffer.from(value, "base64url").toString("utf8")) as CompactPayload;
  } catch {
    return null;
  }
  const { session, expiresAt, signature } = payload ?? {};
  if (typeof signature !== "string" || typeof expiresAt !== "number" || typeof session !== "object" || !session)
    return null;
  // Signed as better-auth signs it: the session object as it was serialised, with the expiry added.
  const expected = createHmac("sha256", secret)
    .update(JSON.stringify({ ...session, expiresAt }))
    .digest();
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  if (expiresAt < now) return null;
  const { id, userId, token, expiresAt: sessionExpiresAt } = session.session ?? {};
  if (typeof id !== "string" || typeof userId !== "string" || typeof token !== "string") return null;
  if (new Date(sessionExpiresAt as string).getTime() < now) return null;
  return { id, userId, token };
}
