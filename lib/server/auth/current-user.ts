import "server-only";
import { getSessionCookie } from "better-auth/cookies";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { AgencyKind, Role } from "@/lib/generated/prisma/client";
import { db } from "../db";
import { ABSOLUTE_SESSION_HOURS, COOKIE_PREFIX, auth } from "./auth";
import { loadSessionUser, type SessionUserFound } from "./load-staff-user";
import { readSessionCookieCache } from "./session-cookie-cache";

export { loadStaffUser } from "./load-staff-user";

export type RoleGrant = {
  role: Role;
  agencyId: string;
  agencyName: string;
  agencyCode: string;
  agencyKind: AgencyKind;
};
export type StaffUser = {
  id: string;
  name: string;
  email: string;
  mustChangePassword: boolean;
  roles: RoleGrant[];
  /** Agencies under the user's ADMIN grants: each granted government and everything below it. */
  administeredAgencyIds: string[];
  /** Agencies under the user's AUDITOR grants (审计员): whose people's security events they may read. */
  auditedAgencyIds: string[];
};

/** Where a user whose password was set by the 主管部门 must choose their own before anything else. */
export const PASSWORD_CHANGE_PATH = "/staff/account/password";

/** The session the request's cookies name, not yet checked against the database (cached per request). */
const requestSession = cache(async () => readSession(await headers()));

/** The session's user, whatever the state of their password (cached per request). */
const sessionUser = cache(async (): Promise<StaffUser | null> => {
  const session = await requestSession();
  return session ? admitSessionUser(session, await loadSessionUser(session)) : null;
});

/** The user a session's row gives, unless the session is past its absolute lifetime. */
async function admitSessionUser(
  session: { id: string; userId: string },
  found: SessionUserFound | null,
): Promise<StaffUser | null> {
  if (!found) return null;
  if (Date.now() - found.signedInAt.getTime() > ABSOLUTE_SESSION_HOURS * 3600_000) {
    // The absolute lifetime is over: the session ends here, whatever its idle time says.
    await db.session.deleteMany({ where: { id: session.id } });
    return null;
  }
  return found.user;
}

/**
 * The caller of a request whose first statement reads their user beside its own data, one round
 * trip instead of two (the autosave, the most frequent request of the season): the session the
 * cookies name, to put in that statement (sessionUserJsonSql), and how its answer is admitted —
 * exactly as getCurrentUser admits the answer of its own statement (null: treat as signed out).
 * Null when the request names no session at all.
 */
export type RequestCaller = {
  session: { id: string; userId: string };
  admit: (found: SessionUserFound | null) => Promise<StaffUser | null>;
};

export async function requestCaller(): Promise<RequestCaller | null> {
  const session = await requestSession();
  return session ? callerOfSession(session) : null;
}

/** The caller of a request with `session` (requestCaller, once the session is known). */
export function callerOfSession(session: { id: string; userId: string }): RequestCaller {
  return { session, admit: (found) => userGate(() => admitSessionUser(session, found)).getCurrentUser() };
}

/**
 * The request's session as better-auth's signed cookie cache holds it (verified with the auth
 * secret, and naming the session token the browser sent), or, when the cache is missing or out
 * of date, as better-auth's getSession reads it from the database (renewing the cache where the
 * request may set cookies). Either way loadSessionUser then checks it against the database. The
 * cache is read directly because getSession's endpoint costs several times the check itself, on
 * every request (the autosave's among them); session-cookie-cache.ts says why synchronously.
 */
async function readSession(requestHeaders: Headers): Promise<{ id: string; userId: string } | null> {
  const context = await auth().$context;
  const cached = readSessionCookieCache(
    requestHeaders.get("cookie"),
    context.authCookies.sessionData.name,
    context.secret,
  );
  const token = getSessionCookie(requestHeaders, { cookiePrefix: COOKIE_PREFIX })?.split(".")[0];
  if (cached && token && cached.token === token) return { id: cached.id, userId: cached.userId };
  const session = await auth().api.getSession({ headers: requestHeaders });
  return session ? { id: session.session.id, userId: session.user.id } : null;
}

export type UserOptions = {
  /**
   * Only for what a user whose password the 主管部门 set may still do: the password page and its
   * action, the staff layout around it, signing out. Everything else treats them as signed out.
   */
  allowPasswordChangePending?: boolean;
};

/**
 * getCurrentUser and requireUser over a way to find the session's user. Every server action,
 * route and page asks through these, so a user who must change their password can do nothing
 * else, whatever request they send (not only the pages redirect them).
 */
export function userGate(findUser: () => Promise<StaffUser | null>) {
  /**
   * The signed-in user with roles read fresh from the database on every request, so a role taken
   * away or an account deactivated takes effect on the next request. Null when signed out, and
   * when the user must change their password first (unless the caller allows it).
   */
  async function getCurrentUser(options: UserOptions = {}): Promise<StaffUser | null> {
    const user = await findUser();
    if (user?.mustChangePassword && !options.allowPasswordChangePending) return null;
    return user;
  }

  /** For staff pages and actions: the user, or a redirect to the login page (or to the password page). */
  async function requireUser(returnTo?: string, options: UserOptions = {}): Promise<StaffUser> {
    const user = await findUser();
    if (!user) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
    if (user.mustChangePassword && returnTo !== PASSWORD_CHANGE_PATH && !options.allowPasswordChangePending)
      redirect(PASSWORD_CHANGE_PATH);
    return user;
  }

  return { getCurrentUser, requireUser };
}

export const { getCurrentUser, requireUser } = userGate(sessionUser);
