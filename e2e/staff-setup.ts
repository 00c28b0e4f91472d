import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { queryE2eDatabase } from "./database";

/**
 * A department under 本溪市 of a journey's own (no other spec touches it) with clerks who can sign
 * in with `password`, written straight into the e2e server's database.
 */
export async function createAgencyWithClerks(
  label: string,
  clerkNames: string[],
  password: string,
): Promise<{ code: string; emails: string[] }> {
  const suffix = randomUUID().slice(0, 8);
  const agencyId = `e2e-${suffix}`;
  const code = `${label}-${suffix}`;
  await queryE2eDatabase(
    `INSERT INTO agency (id, name, code, kind, region, parent_id, updated_at)
     VALUES ($1, $2, $3, 'DEPARTMENT', '辽宁省本溪市', (SELECT id FROM agency WHERE code = 'benxi'), now())`,
    [agencyId, `测试局${label}${suffix}`, code],
  );
  const hash = await hashPassword(password);
  const emails: string[] = [];
  for (const name of clerkNames) {
    const userId = randomUUID();
    const email = `${userId.slice(0, 8)}@${label}.test.gov.cn`;
    await queryE2eDatabase(
      `INSERT INTO "user" (id, name, email, email_verified, updated_at) VALUES ($1, $2, $3, true, now())`,
      [userId, name, email],
    );
    await queryE2eDatabase(
      `INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $2, $3, now())`,
      [randomUUID(), userId, hash],
    );
    await queryE2eDatabase(`INSERT INTO role_assignment (id, user_id, role, agency_id) VALUES ($1, $2, 'CLERK', $3)`, [
      randomUUID(),
      userId,
      agencyId,
    ]);
    emails.push(email);
  }
  return { code, emails };
}
