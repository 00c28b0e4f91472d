import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { authDb } from "../db";
import { readAuthEnv } from "../env";
import { PEER_ADDRESS_HEADER } from "./client-address";
import { hashPassword, verifyPassword } from "./password-hash";

// Sessions live 8 hours and are extended while the user is active, so an unattended
// browser is signed out after 8 idle hours at most.
export const SESSION_SECONDS = 60 * 60 * 8;
/** However active, a session ends this long after sign-in (current-user.ts): sign in again each working day. */
export const ABSOLUTE_SESSION_HOURS = 12;
/** The names of the session cookies begin with it (proxy.ts looks for them by it too). */
export const COOKIE_PREFIX = "gknb";
// The session also travels in a signed cookie for five minutes, so most requests do not look it
// up through better-auth's adapter; current-user.ts still checks, in the one statement that
// loads the user, that the session is in the database and unexpired, so an ended session stops
// at the next request. When the cookie runs out, better-auth reads the session again and extends
// it (at most every 15 minutes), so a session in use is extended within five minutes of use.
const COOKIE_CACHE = { enabled: true, maxAge: 5 * 60 };

function createAuth() {
  const env = readAuthEnv();
  return betterAuth({
    appName: "公开年报",
    baseURL: env.BETTER_AUTH_URL,
    secret: env.BETTER_AUTH_SECRET,
    database: prismaAdapter(authDb(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by the 主管部门 (and the seed), never by sign-up.
      disableSignUp: true,
      minPasswordLength: 8,
      // scrypt as by default, through the app's bounded queue (password-hash.ts).
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 60 * 15, cookieCache: COOKIE_CACHE },
    // Sign-in goes through our server action (lib/server/auth/sign-in.ts), which adds the
    // per-account lockout; these endpoints must never be reachable over HTTP.
    disabledPaths: ["/sign-in/email", "/sign-up/email"],
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      // The address stored with a session (shown on the sessions page): from the declared proxy's
      // header, else the TCP peer as scripts/serve.ts writes it, never any other client header.
      ipAddress: { ipAddressHeaders: [process.env.TRUSTED_PROXY_HEADER?.trim().toLowerCase() || PEER_ADDRESS_HEADER] },
    },
    telemetry: { enabled: false },
    // Wrong passwords are expected traffic, answered by the lockout; do not log each one.
    logger: { level: "error" },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const holder = globalThis as typeof globalThis & { __gknbAuth?: Auth };

export function auth(): Auth {
  holder.__gknbAuth ??= createAuth();
  return holder.__gknbAuth;
}
