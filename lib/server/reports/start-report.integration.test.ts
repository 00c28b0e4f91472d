import { afterAll, describe, expect, it } from "vitest";
import { listCellKeys } from "@/lib/report-format";
import { createTestAgency } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { getOpenYearReport } from "./get-open-year-report";
import { getReportForEditing } from "./get-report-for-editing";
import { createClerkAgency, createStaff, readCell } from "./report-test-support";
import { startReport } from "./start-report";

afterAll(() => disconnectDb());

describe("startReport", () => {
  it("creates the agency's draft for the open year in that year's format, every cell blank, with an audit row", async () => {
    const { agency, clerk } = await createClerkAgency();
    const result = await startReport(clerk, { agencyCode: agency.code, year: 2025 });
    expect(result).toMatchObject({ ok: true, created: true, prefilled: [] });
    if (!result.ok) return;

    const report = await db.report.findUniqueOrThrow({
      where: { id: result.reportId },
      include: { currentRevision: { include: { cells: true } } },
    });
    expect(report).toMatchObject({
      agencyId: agency.id,
      year: 2025,
      kind: "AGENCY",
      format: "2021",
      status: "DRAFT",
      version: 1,
    });
    const cells = report.currentRevision!.cells;
    expect(cells.map((cell) => `${cell.tableKey}.${cell.rowKey}.${cell.columnKey}`).sort()).toEqual(
      [...listCellKeys("2021")].sort(),
    );
    expect(cells.every((cell) => cell.intValue === null && cell.decimalValue === null && !cell.prefilled)).toBe(true);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id } });
    expect(audit).toMatchObject({
      action: "report.created",
      actorId: clerk.id,
      agencyId: agency.id,
      toStatus: "DRAFT",
    });
  });

  it("gives back the same report when started again, also when two clerks start it at once (one report per agency and year)", async () => {
    const { agency, clerk } = await createClerkAgency();
    const colleague = await createStaff([{ role: "CLERK", agency }]);
    const [first, second] = await Promise.all([
      startReport(clerk, { agencyCode: agency.code, year: 2025 }),
      startReport(colleague, { agencyCode: agency.code, year: 2025 }),
    ]);
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.reportId).toBe(second.reportId);
    expect([first.created, second.created].filter(Boolean)).toHaveLength(1);
    const again = await startReport(clerk, { agencyCode: agency.code, year: 2025 });
    expect(again).toMatchObject({ ok: true, reportId: first.reportId, created: false });
    expect(await db.report.count({ where: { agencyId: agency.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { reportId: first.reportId, action: "report.created" } })).toBe(1);
  });

  it("prefills the carry-over and the documents in force from last year's published report, marked as prefilled", async () => {
    const { agency, clerk, previous } = await createClerkAgency({ previousSeed: 7 });
    const result = await startReport(clerk, { agencyCode: agency.code, year: 2025 });
    if (!result.ok) throw new Error(result.message);

    const carried = ["natural", "commercial", "research", "social", "legal", "other"];
    const expectedPrefill = [
      ...carried.map((column) => `applications.2.${column}`),
      "art20_1.regulations.in_force",
      "art20_1.normative_docs.in_force",
    ];
    expect(result.prefilled.sort()).toEqual(expectedPrefill.sort());
    for (const column of carried) {
      const cell = await readCell(result.reportId, `applications.2.${column}`);
      expect(cell).toMatchObject({ intValue: previous!.tables.applications!["4"]![column], prefilled: true });
    }
    const inForce = await readCell(result.reportId, "art20_1.regulations.in_force");
    expect(inForce).toMatchObject({ intValue: previous!.tables.art20_1!.regulations!.in_force, prefilled: true });
    const total = await readCell(result.reportId, "applications.2.total");
    expect(total.prefilled).toBe(false);
    expect((await readCell(result.reportId, "applications.1.natural")).intValue).toBeNull();

    const editing = await getReportForEditing(clerk, result.reportId);
    expect(editing?.state.prefilled.sort()).toEqual(expectedPrefill.sort());
    expect(editing?.previous?.year).toBe(2024);
    expect(editing?.state.cells["applications.2.natural"]).toBe(String(previous!.tables.applications!["4"]!.natural));
  });

  it("refuses someone who is not a clerk of the agency, and a year that is not open", async () => {
    const { agency } = await createClerkAgency();
    const other = await createTestAgency();
    const otherClerk = await createStaff([{ role: "CLERK", agency: other }]);
    const supervisor = await createStaff([{ role: "SUPERVISOR", agency }]);
    expect(await startReport(otherClerk, { agencyCode: agency.code, year: 2025 })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    expect(await startReport(supervisor, { agencyCode: agency.code, year: 2025 })).toMatchObject({
      ok: false,
      code: "not_found",
    });
    const clerk = await createStaff([{ role: "CLERK", agency }]);
    expect(await startReport(clerk, { agencyCode: agency.code, year: 2024 })).toMatchObject({
      ok: false,
      code: "not_open",
      message: "2024 年度未开放填报",
    });
    expect(await db.report.count({ where: { agencyId: agency.id } })).toBe(0);
  });
});

describe("getReportForEditing", () => {
  it("opens the report for the clerks of its agency only", async () => {
    const { agency, clerk } = await createClerkAgency();
    const started = await startReport(clerk, { agencyCode: agency.code, year: 2025 });
    if (!started.ok) throw new Error(started.message);
    const other = await createStaff([{ role: "CLERK", agency: await createTestAgency() }]);
    const supervisor = await createStaff([{ role: "SUPERVISOR", agency }]);
    const editing = await getReportForEditing(clerk, started.reportId);
    expect(editing).toMatchObject({
      year: 2025,
      format: "2021",
      status: "DRAFT",
      readOnly: false,
      agency: { code: agency.code },
      previous: null,
    });
    expect(editing?.state.version).toBe(1);
    expect(Object.keys(editing!.state.cells)).not.toContain("applications.1.total");
    expect(await getReportForEditing(other, started.reportId)).toBeNull();
    expect(await getReportForEditing(supervisor, started.reportId)).toBeNull();
  });
});

describe("getOpenYearReport", () => {
  it("tells the agency page whether the clerk may start or continue the open year's report", async () => {
    const { agency, clerk } = await createClerkAgency();
    const supervisor = await createStaff([{ role: "SUPERVISOR", agency }]);
    const before = await getOpenYearReport(clerk, agency.id);
    expect(before).toMatchObject({ canEdit: true, report: null });
    const started = await startReport(clerk, { agencyCode: agency.code, year: before!.year });
    if (!started.ok) throw new Error(started.message);
    expect(await getOpenYearReport(clerk, agency.id)).toMatchObject({
      canEdit: true,
      report: { id: started.reportId, status: "DRAFT", editable: true },
    });
    expect(await getOpenYearReport(supervisor, agency.id)).toMatchObject({
      canEdit: false,
      report: { id: started.reportId, editable: false },
    });
    await db.report.update({ where: { id: started.reportId }, data: { status: "SUBMITTED" } });
    expect(await getOpenYearReport(clerk, agency.id)).toMatchObject({
      report: { status: "SUBMITTED", editable: false },
    });
  });
});
