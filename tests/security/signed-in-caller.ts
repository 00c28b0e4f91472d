// Stands in for lib/server/auth/current-user in the security tests, which call server actions
// directly: the session is the only thing faked. Roles are read from the database on every call,
// and getCurrentUser / requireUser are the real ones (userGate) over that session. An action that
// reads its caller's user in its own statement (requestCaller) gets a real session row of the
// caller, created for the call, and the real admission of what that statement reads.
//   vi.mock("@/lib/server/auth/current-user", () => import("./signed-in-caller"));
import { randomUUID } from "node:crypto";
import { vi } from "vitest";
import { db } from "@/lib/server/db";
import type * as CurrentUser from "@/lib/server/auth/current-user";
import { request } from "./request-headers";

/** Who calls: a user id, or null when signed out. */
export const caller = { userId: null as string | null };

const original = await vi.importActual<typeof CurrentUser>("@/lib/server/auth/current-user");
export const { callerOfSession, loadStaffUser, PASSWORD_CHANGE_PATH, userGate } = original;

// The real gate (signed out, password change pending) over the faked session.
export const { getCurrentUser, requireUser } = userGate(async () =>
  caller.userId ? loadStaffUser(caller.userId) : null,
);

export async function requestCaller(): Promise<CurrentUser.RequestCaller | null> {
  if (!caller.userId) return null;
  const session = await db.session.create({
    data: { id: randomUUID(), token: randomUUID(), userId: caller.userId, expiresAt: new Date(Date.now() + 3600_000) },
  });
  return callerOfSession(session);
}

/** As the caller: runs `call` with the user signed in (or signed out for null), then signs out. */
export async function asCaller<T>(
  userId: string | null,
  call: () => Promise<T>,
  headers = new Headers({ "user-agent": "vitest" }),
): Promise<T> {
  caller.userId = userId;
  request.headers = headers;
  try {
    return await call();
  } finally {
    caller.userId = null;
  }
}
