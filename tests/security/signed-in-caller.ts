// Stands in for lib/server/auth/current-user in the security tests, which call server actions
// directly: the session is the only thing faked. Roles are read from the database on every call,
// as getCurrentUser does, and requireUser redirects a signed-out caller to /login, as it does.
//   vi.mock("@/lib/server/auth/current-user", () => import("./signed-in-caller"));
import { redirect } from "next/navigation";
import { vi } from "vitest";
import type * as CurrentUser from "@/lib/server/auth/current-user";
import { request } from "./request-headers";

/** Who calls: a user id, or null when signed out. */
export const caller = { userId: null as string | null };

const original = await vi.importActual<typeof CurrentUser>("@/lib/server/auth/current-user");
export const { loadStaffUser, PASSWORD_CHANGE_PATH } = original;

export async function getCurrentUser(): Promise<CurrentUser.StaffUser | null> {
  return caller.userId ? loadStaffUser(caller.userId) : null;
}

export async function requireUser(returnTo?: string): Promise<CurrentUser.StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/login?next=${encodeURIComponent(returnTo)}` : "/login");
  return user;
}

/** As the caller: runs `call` with the user signed in (or signed out for null), then signs out. */
export async function asCaller<T>(userId: string | null, call: () => Promise<T>, headers = new Headers({ "user-agent": "vitest" })): Promise<T> {
  caller.userId = userId;
  request.headers = headers;
  try {
    return await call();
  } finally {
    caller.userId = null;
  }
}
