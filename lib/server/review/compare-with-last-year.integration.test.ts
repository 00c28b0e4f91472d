import { afterAll, describe, expect, it } from "vitest";
import { listCellKeys, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { disconnectDb } from "../db";
import { importReport } from "../reports/import-report";
import { compareWithLastYear } from "./compare-with-last-year";

afterAll(() => disconnectDb());

async function importOrThrow(report: Report, publish: boolean): Promise<string> {
  const result = await importReport(report, { publish });
  if (!result.ok) throw new Error(result.message);
  return result.reportId;
}

describe("compareWithLastYear", () => {
  it("compares this year's working revision with last year's published report, flagging large jumps", async () => {
    const agency = await createTestAgency();
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const last = buildConsistentReport({ format: "2021", seed: 11, year: 2024, agencyName: agency.name });
    last.tables.art20_1!.regulations!.made = 20;
    last.tables.art20_5!.licensing!.decisions = 100;
    last.tables.art20_8!.fees!.amount = "1.5";
    await importOrThrow(last, true);
    const current: Report = { ...structuredClone(last), year: 2025 };
    current.tables.art20_1!.regulations!.made = 40;
    current.tables.art20_5!.licensing!.decisions = 140;
    current.tables.art20_8!.fees!.amount = "20.25";
    const reportId = await importOrThrow(current, false);

    const comparison = await compareWithLastYear(supervisor, reportId);
    expect(comparison?.previousYear).toBe(2024);
    expect(comparison?.compared).toBe(listCellKeys("2021").length);
    expect(comparison?.rows.map((row) => [row.cell, row.previous, row.current, row.delta, row.jump])).toEqual([
      ["art20_1.regulations.made", "20", "40", "+20", true],
      ["art20_5.licensing.decisions", "100", "140", "+40", false],
      ["art20_8.fees.amount", "1.5万元", "20.25万元", "+18.75万元", true],
    ]);
  });

  it("says so when there is no published report for last year, and is not found for a supervisor of another agency", async () => {
    const agency = await createTestAgency();
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    await importOrThrow(
      buildConsistentReport({ format: "2021", seed: 12, year: 2024, agencyName: agency.name }),
      false,
    );
    const reportId = await importOrThrow(
      buildConsistentReport({ format: "2021", seed: 13, year: 2025, agencyName: agency.name }),
      false,
    );
    expect(await compareWithLastYear(supervisor, reportId)).toEqual({ previousYear: null, compared: 0, rows: [] });
    expect(await compareWithLastYear(other, reportId)).toBeNull();
  });
});
