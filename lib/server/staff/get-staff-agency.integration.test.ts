import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency } from "@/tests/factories";
import type { StaffUser } from "../auth/current-user";
import { disconnectDb } from "../db";
import { listAgencySubtree } from "../agencies/list-agency-subtree";
import { getStaffAgency } from "./get-staff-agency";

afterAll(() => disconnectDb());

function staff(roles: StaffUser["roles"]): StaffUser {
  return {
    id: "u",
    name: "测试",
    email: "u@test.gov.cn",
    mustChangePassword: false,
    roles,
    administeredAgencyIds: [],
    auditedAgencyIds: [],
  };
}

describe("getStaffAgency", () => {
  it("lets a clerk open their own agency and nobody else's", async () => {
    const own = await createTestAgency();
    const other = await createTestAgency();
    const clerk = staff([
      { role: "CLERK", agencyId: own.id, agencyName: own.name, agencyCode: own.code, agencyKind: own.kind },
    ]);
    expect((await getStaffAgency(clerk, own.code))?.name).toBe(own.name);
    expect(await getStaffAgency(clerk, other.code)).toBeNull();
  });

  it("lets a supervisor open the agencies they supervise only", async () => {
    const supervised = await createTestAgency();
    const other = await createTestAgency();
    const supervisor = staff([
      {
        role: "SUPERVISOR",
        agencyId: supervised.id,
        agencyName: supervised.name,
        agencyCode: supervised.code,
        agencyKind: supervised.kind,
      },
    ]);
    expect(await getStaffAgency(supervisor, supervised.code)).not.toBeNull();
    expect(await getStaffAgency(supervisor, other.code)).toBeNull();
  });

  it("lets an admin open everything under the administered government, and nothing beside it", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const county = await createTestAgency({ kind: "GOVERNMENT", parentId: government.id });
    const township = await createTestAgency({ kind: "TOWNSHIP", parentId: county.id });
    const elsewhere = await createTestAgency({ kind: "GOVERNMENT" });
    const admin = staff([
      {
        role: "ADMIN",
        agencyId: government.id,
        agencyName: government.name,
        agencyCode: government.code,
        agencyKind: "GOVERNMENT",
      },
    ]);
    admin.administeredAgencyIds = await listAgencySubtree([government.id]);
    for (const agency of [government, department, county, township])
      expect(await getStaffAgency(admin, agency.code)).not.toBeNull();
    expect(await getStaffAgency(admin, elsewhere.code)).toBeNull();
  });

  it("gives a user without roles nothing", async () => {
    const agency = await createTestAgency();
    expect(await getStaffAgency(staff([]), agency.code)).toBeNull();
  });
});
