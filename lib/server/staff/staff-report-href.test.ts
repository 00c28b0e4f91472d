import { describe, expect, it } from "vitest";
import type { StaffUser } from "../auth/current-user";
import { staffReportHref } from "./staff-report-href";

function user(roles: StaffUser["roles"], administeredAgencyIds: string[] = []): StaffUser {
  return {
    id: "u",
    name: "测试",
    email: "u@test.gov.cn",
    mustChangePassword: false,
    roles,
    administeredAgencyIds,
    auditedAgencyIds: [],
  };
}
const grant = (role: StaffUser["roles"][number]["role"], agencyId: string) =>
  ({ role, agencyId, agencyName: agencyId }) as StaffUser["roles"][number];

describe("staffReportHref", () => {
  const report = { id: "r1", kind: "AGENCY" as const, agencyId: "a" };

  it("leads the agency's clerk to the wizard, its reviewers to the review page, other readers to the history", () => {
    expect(staffReportHref(user([grant("CLERK", "a")]), report)).toBe("/staff/reports/r1");
    expect(staffReportHref(user([grant("SUPERVISOR", "a")]), report)).toBe("/staff/review/r1");
    expect(staffReportHref(user([grant("ADMIN", "gov")], ["gov", "a"]), report)).toBe("/staff/review/r1");
    expect(staffReportHref(user([grant("CLERK", "b"), grant("SUPERVISOR", "b")]), report)).toBe("/staff/history/r1");
  });

  it("leads an admin to the wizard of a summary report of their government", () => {
    const summary = { id: "s1", kind: "SUMMARY" as const, agencyId: "gov" };
    expect(staffReportHref(user([grant("ADMIN", "gov")], ["gov"]), summary)).toBe("/staff/reports/s1");
    expect(staffReportHref(user([grant("CLERK", "gov")]), summary)).toBe("/staff/history/s1");
  });
});
