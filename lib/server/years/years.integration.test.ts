import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { closeReportingYear } from "./close-reporting-year";
import { grantReportingException } from "./grant-reporting-exception";
import { isYearOpen } from "./is-year-open";
import { listReportingYears } from "./list-reporting-years";
import { openReportingYear } from "./open-reporting-year";
import { withdrawReportingException } from "./withdraw-reporting-exception";
import { endOfBeijingDay } from "@/lib/beijing-time";

afterAll(() => disconnectDb());

// Years of their own: other test files rely on 2024 being closed and 2025 open.
const YEAR = 2021;

describe("reporting years", () => {
  it("opens a year in the format of the spec with the legal deadlines, closes it, reopens one agency as an exception, and reopens the year", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const other = await createTestAgency({ parentId: government.id });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    const first = await openReportingYear(admin, { year: YEAR });
    if (!first.ok) throw new Error(first.message);
    // "opened" in a fresh database; another test file may have created the year already.
    expect(["opened", "reopened", "updated"]).toContain(first.change);
    const opened = await db.reportingYear.findUniqueOrThrow({ where: { year: YEAR } });
    expect(opened).toMatchObject({ format: "2021", closedAt: null });
    const listed = (await listReportingYears(admin)).find((year) => year.year === YEAR);
    expect(listed?.deadlines).toEqual({
      AGENCY: endOfBeijingDay("2022-01-31"),
      COUNTY: endOfBeijingDay("2022-02-20"),
      CITY: endOfBeijingDay("2022-03-10"),
      PROVINCE: endOfBeijingDay("2022-03-31"),
    });
    expect(await isYearOpen(YEAR)).toBe(true);

    expect(await closeReportingYear(admin, { year: YEAR })).toEqual({ ok: true });
    expect(await closeReportingYear(admin, { year: YEAR })).toMatchObject({ ok: false });
    expect(await isYearOpen(YEAR)).toBe(false);
    expect(await isYearOpen(YEAR, department.id)).toBe(false);

    expect(await grantReportingException(admin, { year: YEAR, agencyId: department.id, reason: " " })).toMatchObject({
      ok: false,
      field: "reason",
    });
    expect(
      await grantReportingException(admin, { year: YEAR, agencyId: department.id, reason: "因机构改革延迟报送" }),
    ).toEqual({ ok: true });
    expect(await isYearOpen(YEAR, department.id)).toBe(true);
    expect(await isYearOpen(YEAR, other.id)).toBe(false);
    const exception = await db.auditEvent.findFirstOrThrow({
      where: { action: "year.exception_granted", agencyId: department.id },
    });
    expect(exception.detail).toEqual({ year: YEAR, reason: "因机构改革延迟报送" });
    expect((await listReportingYears(admin)).find((year) => year.year === YEAR)?.exceptions).toMatchObject([
      { agencyId: department.id, reason: "因机构改革延迟报送" },
    ]);

    expect(await withdrawReportingException(admin, { year: YEAR, agencyId: department.id })).toEqual({ ok: true });
    expect(await isYearOpen(YEAR, department.id)).toBe(false);

    const deadline = endOfBeijingDay("2022-02-15");
    expect(await openReportingYear(admin, { year: YEAR, deadlines: { AGENCY: deadline } })).toEqual({
      ok: true,
      change: "reopened",
    });
    expect(await db.reportingYear.findUniqueOrThrow({ where: { year: YEAR } })).toMatchObject({
      closedAt: null,
      deadline,
    });
    const actions = (
      await db.auditEvent.findMany({
        where: { actorId: admin.id, action: { startsWith: "year." } },
        orderBy: { id: "asc" },
      })
    ).map((event) => event.action);
    expect(actions).toEqual([
      `year.${first.change}`,
      "year.closed",
      "year.exception_granted",
      "year.exception_withdrawn",
      "year.reopened",
    ]);
  });

  it("refuses years without a format, years to come, and people who are not admins", async () => {
    const agency = await createTestAgency();
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
    expect(await openReportingYear(admin, { year: 2018 })).toMatchObject({ ok: false, field: "year" });
    expect(await openReportingYear(admin, { year: new Date().getFullYear() + 1 })).toMatchObject({
      ok: false,
      field: "year",
    });
    expect(await openReportingYear(clerk, { year: YEAR })).toMatchObject({ ok: false });
    expect(await closeReportingYear(clerk, { year: YEAR })).toMatchObject({ ok: false });
    expect(await grantReportingException(admin, { year: YEAR, agencyId: agency.id, reason: "理由" })).toMatchObject({
      ok: false,
      field: "agencyId",
    });
    expect(await isYearOpen(1999)).toBe(false);
  });
});
