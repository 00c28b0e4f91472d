import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { listCellKeys, parseReportJson, type Report } from "@/lib/report-format";
import { db, disconnectDb } from "../db";
import { exportReport } from "../report-cells/read-report";
import { publicationDayToInstant } from "@/lib/publication-date";
import { importReport } from "./import-report";

afterAll(() => disconnectDb());

function fixture(agencyName: string): Report {
  const parsed = parseReportJson(readFileSync("prisma/fixtures/benxi-science-bureau-2020.json", "utf8"));
  if (!parsed.ok) throw new Error(parsed.message);
  return { ...parsed.report, agency: { ...parsed.report.agency, name: agencyName } };
}

describe("importReport", () => {
  it("stores every cell of the fixture as its own row, and SQL sums them", async () => {
    const name = `本溪市科学技术局（导入测试 ${Date.now()}）`;
    const result = await importReport(fixture(name), { publish: true, source: "test" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;

    const report = await db.report.findUniqueOrThrow({
      where: { id: result.reportId },
      include: { publishedRevision: { include: { cells: true } } },
    });
    expect(report.status).toBe("PUBLISHED");
    const cells = report.publishedRevision!.cells;
    expect(cells).toHaveLength(listCellKeys("2019").length);
    expect(new Set(cells.map((cell) => `${cell.tableKey}.${cell.rowKey}.${cell.columnKey}`))).toEqual(
      new Set(listCellKeys("2019")),
    );
    const procurement = cells.find((cell) => cell.tableKey === "art20_9" && cell.columnKey === "amount");
    expect(procurement?.decimalValue?.toFixed()).toBe("0");
    expect(procurement?.unit).toBe("元");

    const [sums] = await db.$queryRaw<{ art20_1: bigint; other_services: bigint }[]>`
      SELECT
        SUM(c.int_value) FILTER (WHERE c.table_key = 'art20_1') AS art20_1,
        SUM(c.int_value) FILTER (WHERE c.table_key = 'art20_5' AND c.row_key = 'other_services') AS other_services
      FROM report_cell c WHERE c.revision_id = ${report.publishedRevisionId}`;
    expect(Number(sums!.art20_1)).toBe(3 + 2 + 298);
    expect(Number(sums!.other_services)).toBe(1 + 0 + 74);

    const audit = await db.auditEvent.findFirst({ where: { reportId: report.id } });
    expect(audit?.action).toBe("report.imported");
    expect(audit?.toStatus).toBe("PUBLISHED");
  });

  it("gives back the same report on export", async () => {
    const original = fixture(`往返测试局${Date.now()}`);
    const result = await importReport(original, { publish: true });
    if (!result.ok) throw new Error(result.message);
    expect(await exportReport(result.reportId, "published")).toEqual(original);
  });

  it("refuses a second import of the same agency and year unless told to replace, and replaces atomically", async () => {
    const original = fixture(`重复导入测试局${Date.now()}`);
    const first = await importReport(original, { publish: true });
    expect(first.ok).toBe(true);
    const again = await importReport(original, { publish: true });
    expect(again).toEqual({ ok: false, message: expect.stringContaining("已存在") });

    const changed: Report = structuredClone(original);
    changed.tables.art20_1!.normative_docs!.new_made = 4;
    const replaced = await importReport(changed, { publish: true, replace: true });
    expect(replaced).toMatchObject({ ok: true, replaced: true });
    if (!replaced.ok) return;
    expect((await exportReport(replaced.reportId, "published"))?.tables.art20_1?.normative_docs?.new_made).toBe(4);
    expect(await db.reportRevision.count({ where: { reportId: replaced.reportId } })).toBe(1);
  });

  it("refuses a format that does not match the year, writing nothing", async () => {
    const wrong: Report = { ...fixture(`格式错误测试局${Date.now()}`), year: 2023 };
    const result = await importReport(wrong);
    expect(result).toEqual({ ok: false, message: expect.stringContaining("应使用 2021 版格式") });
    expect(await db.agency.count({ where: { name: wrong.agency.name } })).toBe(0);
  });

  it("keeps the publication date as printed, and the import time in the audit log", async () => {
    const before = new Date();
    const result = await importReport(fixture(`发布日期测试局${Date.now()}`), {
      publish: true,
      publishedAt: publicationDayToInstant("2021-01-20")!,
    });
    if (!result.ok) throw new Error(result.message);
    const report = await db.report.findUniqueOrThrow({
      where: { id: result.reportId },
      include: { publishedRevision: true },
    });
    expect(report.publishedRevision?.publishedAt).toEqual(new Date("2021-01-20T12:00:00+08:00"));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id } });
    expect(audit.at.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(audit.detail).toMatchObject({ publishedOn: "2021-01-20" });
  });

  it("refuses a publication date before the year ended, after today, or without publishing, writing nothing", async () => {
    const report = fixture(`发布日期错误测试局${Date.now()}`);
    expect(await importReport(report, { publish: true, publishedAt: publicationDayToInstant("2020-12-31")! })).toEqual({
      ok: false,
      message: "2020 年度报告的发布日期不能早于 2021年1月1日",
    });
    expect(await importReport(report, { publish: true, publishedAt: new Date(Date.now() + 3 * 86_400_000) })).toEqual({
      ok: false,
      message: "发布日期不能晚于今天",
    });
    expect(await importReport(report, { publishedAt: publicationDayToInstant("2021-01-20")! })).toEqual({
      ok: false,
      message: "只有作为已发布报告导入时才能指定发布日期",
    });
    expect(await db.agency.count({ where: { name: report.agency.name } })).toBe(0);
  });
});
