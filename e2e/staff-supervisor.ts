import { queryE2eDatabase } from "./database";
import { createAgencyWithClerks } from "./staff-setup";

/**
 * A department of a journey's own with one clerk and one supervisor, who sign in with `password`.
 * Both are made as clerks by createAgencyWithClerks; the second is then made the supervisor, so
 * that the demo reviewer's agencies (and other journeys' queues) stay as they are.
 */
export async function createAgencyWithClerkAndSupervisor(
  label: string,
  names: { clerk: string; supervisor: string },
  password: string,
): Promise<{ code: string; name: string; clerkEmail: string; supervisorEmail: string }> {
  const { code, emails } = await createAgencyWithClerks(label, [names.clerk, names.supervisor], password);
  const [clerkEmail, supervisorEmail] = emails as [string, string];
  await queryE2eDatabase(
    `UPDATE role_assignment SET role = 'SUPERVISOR' WHERE user_id = (SELECT id FROM "user" WHERE email = $1)`,
    [supervisorEmail],
  );
  const [agency] = await queryE2eDatabase<{ name: string }>("SELECT name FROM agency WHERE code = $1", [code]);
  return { code, name: agency!.name, clerkEmail, supervisorEmail };
}
