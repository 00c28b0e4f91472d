import { afterAll, describe, expect, it } from "vitest";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { importHistoricalReports } from "./import-historical-reports";
import { previewReportFiles } from "./preview-report-files";

afterAll(() => disconnectDb());

describe("bulk import of past years", () => {
  it("shows each file's validation result and imports the chosen ones as published reports", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const stranger = await createTestAgency();
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);

    const good = buildConsistentReport({ format: "2019", seed: 1, year: 2020, agencyName: department.name });
    // 2020 and 2024, closed years no other test opens (2019 must stay unpublished; 2021–2023 and 2025 are opened by other tests).
    const broken = buildConsistentReport({ format: "2021", seed: 2, year: 2024, agencyName: department.name });
    broken.tables.applications!["1"]!.natural = Number(broken.tables.applications!["1"]!.natural) + 1;
    const files = [
      { name: "good.json", text: JSON.stringify(good) },
      { name: "broken.json", text: JSON.stringify(broken) },
      { name: "not-json.json", text: "{ 这不是 JSON" },
      { name: "stranger.json", text: JSON.stringify({ ...good, agency: { name: stranger.name } }) },
    ];

    const preview = await previewReportFiles(admin, files);
    expect(preview.map((file) => [file.name, file.parsed, file.blocked === null])).toEqual([
      ["good.json", true, true],
      ["broken.json", true, true],
      ["not-json.json", false, false],
      ["stranger.json", true, false],
    ]);
    expect(preview[0]).toMatchObject({
      errors: 0,
      warnings: 0,
      year: 2020,
      format: "2019",
      agencyName: department.name,
    });
    expect(preview[1]?.errors).toBeGreaterThan(0);
    expect(preview[1]?.messages.join()).toContain("总计");
    expect(preview[2]?.messages[0]).toContain("不是有效的 JSON");

    const results = await importHistoricalReports(admin, files, ["good.json", "broken.json", "stranger.json"], {
      "good.json": "2021-01-20",
      "broken.json": "",
    });
    expect(results.map((result) => [result.name, result.ok])).toEqual([
      ["good.json", true],
      ["broken.json", true],
      ["stranger.json", false],
    ]);
    const reports = await db.report.findMany({ where: { agencyId: department.id }, orderBy: { year: "asc" } });
    expect(reports.map((report) => [report.year, report.status, report.publishedRevisionId !== null])).toEqual([
      [2020, "PUBLISHED", true],
      [2024, "PUBLISHED", true],
    ]);
    expect(reports[0]).toMatchObject({ errorCount: 0, checkedVersion: reports[0]?.version });
    const revisions = await db.reportRevision.findMany({
      where: { reportId: { in: reports.map((report) => report.id) } },
      select: { reportId: true, publishedAt: true },
    });
    // The confirmed date as printed; a file left without one is dated the day of the import.
    expect(revisions.find((revision) => revision.reportId === reports[0]!.id)?.publishedAt).toEqual(
      new Date("2021-01-20T12:00:00+08:00"),
    );
    expect(revisions.find((revision) => revision.reportId === reports[1]!.id)?.publishedAt?.getTime()).toBeGreaterThan(
      Date.now() - 60_000,
    );
    expect(reports[1]?.errorCount).toBeGreaterThan(0);
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { reportId: reports[0]!.id, action: "report.imported" },
    });
    expect(audit).toMatchObject({ actorId: admin.id, detail: expect.objectContaining({ source: "upload:good.json" }) });
    expect(await db.report.count({ where: { agencyId: stranger.id } })).toBe(0);

    const again = await previewReportFiles(admin, files.slice(0, 1));
    expect(again[0]?.blocked).toContain("已存在");
  });
});
