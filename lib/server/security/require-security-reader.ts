import "server-only";
import { notFound } from "next/navigation";
import { readsSecurityLog } from "../auth/access";
import { requireUser, type StaffUser } from "../auth/current-user";

/** For the security log's page and export: an admin or a 审计员; anyone else gets a 404. */
export async function requireSecurityReader(path: string): Promise<StaffUser> {
  const user = await requireUser(path);
  if (!readsSecurityLog(user)) notFound();
  return user;
}
