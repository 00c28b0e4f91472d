import "server-only";
import { notFound } from "next/navigation";
import { isAdmin } from "./access";
import { requireUser, type StaffUser } from "./current-user";

/** For admin pages and actions: the signed-in admin; anyone else gets the same 404 as a wrong URL. */
export async function requireAdmin(path: string): Promise<StaffUser> {
  const user = await requireUser(path);
  if (!isAdmin(user)) notFound();
  return user;
}
