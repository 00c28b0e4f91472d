import { randomBytes } from "node:crypto";
import type { AgencyKind, Role } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { createUser } from "@/lib/server/users/create-user";

// Test data made on the fly, each with a unique suffix so tests never collide in the shared run database.

export function uniqueSuffix(): string {
  return randomBytes(4).toString("hex");
}

export async function createTestAgency(options: { name?: string; kind?: AgencyKind; parentId?: string } = {}) {
  const suffix = uniqueSuffix();
  return db.agency.create({
    data: { name: options.name ?? `测试局${suffix}`, code: `t-${suffix}`, kind: options.kind ?? "DEPARTMENT", parentId: options.parentId ?? null },
  });
}

export const TEST_PASSWORD = "test-password-123";

export async function createTestUser(roles: { role: Role; agencyId: string }[], password = TEST_PASSWORD) {
  const email = `user-${uniqueSuffix()}@test.gov.cn`;
  const id = await db.$transaction((tx) => createUser(tx, { name: "测试用户", email, password, roles }));
  return { id, email, password };
}
