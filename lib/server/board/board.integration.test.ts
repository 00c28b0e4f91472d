import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { getDeadlineBoard } from "./get-deadline-board";
import { refreshReportChecks } from "../reports/refresh-report-checks";
import { refreshStaleReportChecks } from "../reports/refresh-stale-report-checks";
import { buildBoardWorkbook } from "./build-board-workbook";

afterAll(() => disconnectDb());

const YEAR = 2023;

async function setLevel(id: string, level: "CITY" | "COUNTY") {
  await db.agency.update({ where: { id }, data: { level } });
}

describe("getDeadlineBoard", () => {
  it("lists every agency with its status, activity, stored checks and deadline; filters; rates", async () => {
    const city = await createTestAgency({ kind: "GOVERNMENT" });
    await setLevel(city.id, "CITY");
    const silent = await createTestAgency({ name: `A未开始${city.code}`, parentId: city.id });
    const drafting = await createTestAgency({ name: `B草稿${city.code}`, parentId: city.id });
    const onTime = await createTestAgency({ name: `C按时${city.code}`, parentId: city.id });
    const lateOne = await createTestAgency({ name: `D逾期${city.code}`, parentId: city.id });
    const county = await createTestAgency({ kind: "GOVERNMENT", parentId: city.id });
    await setLevel(county.id, "COUNTY");
    const township = await createTestAgency({ kind: "TOWNSHIP", parentId: county.id });
    const closed = await createTestAgency({ parentId: city.id });
    await db.agency.update({ where: { id: closed.id }, data: { active: false } });

    const draft = await createTestReport({ agencyId: drafting.id, year: YEAR, status: "DRAFT", withError: true });
    const published = await createTestReport({ agencyId: onTime.id, year: YEAR, status: "PUBLISHED" });
    await db.reportRevision.update({
      where: { id: published.publishedRevisionId! },
      data: { publishedAt: new Date("2024-01-20T10:00:00+08:00") },
    });
    const latePublished = await createTestReport({ agencyId: lateOne.id, year: YEAR, status: "PUBLISHED", seed: 3 });
    await db.reportRevision.update({
      where: { id: latePublished.publishedRevisionId! },
      data: { publishedAt: new Date("2024-02-05T10:00:00+08:00") },
    });
    await createTestReport({ agencyId: township.id, year: YEAR, status: "SUBMITTED", seed: 4 });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: city.id }]);

    const now = new Date("2024-02-10T12:00:00+08:00");
    const board = await getDeadlineBoard(admin, { year: YEAR, now });
    if (!board) throw new Error("no board");
    expect(board.government).toEqual({ id: city.id, name: city.name });
    expect(board.rows.map((row) => [row.name, row.status])).toEqual([
      [city.name, null],
      [silent.name, null],
      [drafting.name, "DRAFT"],
      [onTime.name, "PUBLISHED"],
      [lateOne.name, "PUBLISHED"],
      [county.name, null],
      [township.name, "SUBMITTED"],
    ]);
    const byName = new Map(board.rows.map((row) => [row.name, row]));
    expect(byName.get(silent.name)).toMatchObject({ reportId: null, lastActivity: null, daysLeft: -10, late: true });
    expect(byName.get(onTime.name)).toMatchObject({ late: false, publishedAt: new Date("2024-01-20T10:00:00+08:00") });
    expect(byName.get(lateOne.name)).toMatchObject({ late: true });
    expect(byName.get(county.name)).toMatchObject({
      deadline: new Date("2024-02-20T23:59:59+08:00"),
      daysLeft: 10,
      late: false,
      depth: 1,
    });
    expect(byName.get(city.name)?.deadline).toEqual(new Date("2024-03-10T23:59:59+08:00"));
    expect(byName.get(drafting.name)?.lastActivity).toBeInstanceOf(Date);
    // Imported without refreshReportChecks: not counted yet, never validated on read.
    expect(byName.get(drafting.name)).toMatchObject({ errors: null, warnings: null });
    expect(board.staleChecks).toBe(4);

    expect(board.counts).toEqual({
      all: 7,
      not_started: 3,
      draft: 1,
      submitted: 1,
      returned: 0,
      approved: 0,
      published: 2,
      late: 4,
    });
    expect(board.rates.overall).toEqual({ label: "全部", expected: 7, published: 2, onTime: 1 });
    expect(board.rates.byLevel.map((rate) => [rate.label, rate.expected, rate.published])).toEqual([
      ["部门", 4, 2],
      ["乡镇", 1, 0],
      ["县级政府（汇总报告）", 1, 0],
      ["市级政府（汇总报告）", 1, 0],
    ]);
    expect(board.rates.byGovernment.map((rate) => [rate.expected, rate.published])).toEqual([
      [5, 2],
      [1, 0],
    ]);

    const notStarted = await getDeadlineBoard(admin, { year: YEAR, now, filter: "not_started" });
    expect(notStarted?.rows.map((row) => row.name)).toEqual([city.name, silent.name, county.name]);
    const secondPage = await getDeadlineBoard(admin, { year: YEAR, now, page: 2, pageSize: 3 });
    expect(secondPage).toMatchObject({ page: 2, pageCount: 3, matchingRows: 7 });
    expect(secondPage?.rows.map((row) => row.name)).toEqual([onTime.name, lateOne.name, county.name]);

    expect(await refreshStaleReportChecks(admin, YEAR)).toEqual({ refreshed: 4, left: 0 });
    const checked = await getDeadlineBoard(admin, { year: YEAR, now });
    const draftRow = checked?.rows.find((row) => row.reportId === draft.id);
    expect(draftRow?.errors).toBeGreaterThan(0);
    expect(checked?.rows.find((row) => row.reportId === published.id)).toMatchObject({ errors: 0, warnings: 0 });
    expect(checked?.staleChecks).toBe(0);

    // A save (version + 1) makes the stored counts stale until refreshReportChecks runs in its transaction.
    await db.report.update({ where: { id: draft.id }, data: { version: { increment: 1 } } });
    expect(
      (await getDeadlineBoard(admin, { year: YEAR, now }))?.rows.find((row) => row.reportId === draft.id)?.errors,
    ).toBeNull();
    await db.$transaction((tx) => refreshReportChecks(tx, draft.id));
    expect(
      (await getDeadlineBoard(admin, { year: YEAR, now }))?.rows.find((row) => row.reportId === draft.id)?.errors,
    ).toBe(draftRow?.errors);

    const workbook = await buildBoardWorkbook(checked!);
    const sheet = workbook.getWorksheet(1)!;
    expect(sheet.getRow(1).getCell(1).text).toContain(city.name);
    expect(sheet.rowCount).toBeGreaterThanOrEqual(7 + 2);
  });

  it("shows nothing of a government the user does not administer", async () => {
    const city = await createTestAgency({ kind: "GOVERNMENT" });
    const other = await createTestAgency({ kind: "GOVERNMENT" });
    await createTestReport({ agencyId: (await createTestAgency({ parentId: city.id })).id, year: YEAR });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: other.id }]);
    const clerk = await createStaffUser([
      { role: "CLERK", agencyId: (await createTestAgency({ parentId: city.id })).id },
    ]);
    expect(await getDeadlineBoard(admin, { year: YEAR, governmentId: city.id })).toBeNull();
    expect(await getDeadlineBoard(clerk, { year: YEAR })).toBeNull();
    expect(await getDeadlineBoard(admin, { year: 1990 })).toBeNull();
  });
});
