import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { createTestAgency } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { importReport } from "../reports/import-report";
import { ensureReportingYears } from "../reports/report-test-support";
import { loadLastYearsReport } from "./load-last-years-report";
import { readCells } from "./read-cells";
import { writeCells } from "./write-cells";

beforeAll(() => ensureReportingYears());
afterAll(() => disconnectDb());

const cell = (rowKey: string, values: { intValue?: number; decimalValue?: string; unit?: string }) => ({
  tableKey: "t",
  rowKey,
  columnKey: "c",
  intValue: values.intValue ?? null,
  decimalValue: values.decimalValue ?? null,
  unit: values.unit ?? null,
  prefilled: false,
});

describe("report cells", () => {
  it("are written, overwritten at the same address, and read back with exact decimals", async () => {
    const agency = await createTestAgency();
    const report = await db.report.create({
      data: { agencyId: agency.id, year: 2025, format: "2021", status: "DRAFT" },
    });
    const revision = await db.reportRevision.create({ data: { reportId: report.id, number: 1 } });

    await writeCells(db, revision.id, [
      cell("a", { intValue: 3 }),
      cell("b", { decimalValue: "12.500", unit: "万元" }),
      cell("c", { decimalValue: "0.000001" }),
    ]);
    await writeCells(db, revision.id, [cell("a", { intValue: 4 })]);
    expect((await readCells(revision.id)).map((row) => [row.rowKey, row.intValue, row.decimalValue, row.unit])).toEqual(
      [
        ["a", 4, null, null],
        ["b", null, "12.5", "万元"],
        ["c", null, "0.000001", null],
      ],
    );

    await writeCells(db, revision.id, [cell("d", { decimalValue: "100.00" })], { replace: true });
    expect((await readCells(revision.id)).map((row) => [row.rowKey, row.decimalValue])).toEqual([["d", "100"]]);
  });

  it("give last year's published report, and its replacement once one is published", async () => {
    const agency = await createTestAgency();
    const thisYear = { agencyId: agency.id, year: 2025, kind: "AGENCY" as const };
    expect(await loadLastYearsReport(thisYear)).toBeNull();

    const first = buildConsistentReport({ format: "2021", seed: 11, year: 2024, agencyName: agency.name });
    const imported = await importReport(first, { publish: true, source: "test" });
    if (!imported.ok) throw new Error(imported.message);
    const loaded = await loadLastYearsReport(thisYear);
    expect(loaded).toMatchObject({ id: imported.reportId, report: { year: 2024, tables: first.tables } });
    expect(await loadLastYearsReport(thisYear)).toEqual(loaded);

    const second = buildConsistentReport({ format: "2021", seed: 12, year: 2024, agencyName: agency.name });
    expect(second.tables).not.toEqual(first.tables);
    const replaced = await importReport(second, { publish: true, replace: true, source: "test" });
    if (!replaced.ok) throw new Error(replaced.message);
    expect((await loadLastYearsReport(thisYear))?.report.tables).toEqual(second.tables);
  });
});
