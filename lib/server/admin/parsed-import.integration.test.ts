import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { toCells, type Report } from "@/lib/report-format";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { cellRowsToTables, readCells } from "../report-cells/read-cells";
import { importParsedReport } from "./import-parsed-report";
import { previewParsedReports } from "./preview-parsed-reports";

afterAll(() => disconnectDb());

const FIXTURE_TEXT = readFileSync("prisma/fixtures/benxi-science-bureau-2020.txt", "utf8");
const FIXTURE = JSON.parse(readFileSync("prisma/fixtures/benxi-science-bureau-2020.json", "utf8")) as Report;
const COUNT_KEY = "art20_1.normative_docs.total_published";

/** The fixture text as another agency's report (2020 is a closed year no test opens). */
function upload(agencyName: string, name = "report.txt") {
  return { name, bytes: new TextEncoder().encode(FIXTURE_TEXT.replaceAll("本溪市科学技术局", agencyName)) };
}

describe("bulk import of published report texts", () => {
  it("previews the parsed cells with the guessed one marked, applies a correction and imports a published report", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
    const file = upload(department.name);

    const [plain] = await previewParsedReports(admin, [file]);
    expect(plain?.preview).toMatchObject({
      agencyName: department.name,
      year: 2020,
      format: "2019",
      blocked: null,
      correctionErrors: [],
    });
    expect(plain?.preview.cells.filter((cell) => cell.status === "guessed").map((cell) => cell.key)).toEqual([
      "art20_9.procurement.amount",
    ]);
    expect(plain?.preview.cells.find((cell) => cell.key === "art20_9.procurement.amount")?.note).toContain(
      "按“元”记录",
    );
    expect(plain?.preview.cells.every((cell) => cell.status !== "missing")).toBe(true);
    expect(plain?.preview.sourceText).toContain(department.name);
    expect(toCells(plain!.report!)).toEqual(toCells(FIXTURE));

    const [corrected] = await previewParsedReports(admin, [file], { [file.name]: { [COUNT_KEY]: "３００" } });
    const cell = corrected?.preview.cells.find((candidate) => candidate.key === COUNT_KEY);
    expect(cell).toMatchObject({ value: "300", parsedValue: "298", corrected: true, error: null });

    const result = await importParsedReport(admin, file, { [COUNT_KEY]: "300" });
    expect(result).toMatchObject({ ok: true, year: 2020, agencyCode: department.code });
    const report = await db.report.findFirstOrThrow({
      where: { agencyId: department.id, year: 2020 },
      include: { publishedRevision: { include: { cells: true } } },
    });
    expect(report.status).toBe("PUBLISHED");
    const expected = structuredClone(FIXTURE);
    expected.tables.art20_1!.normative_docs!.total_published = 300;
    expect(cellRowsToTables("2019", await readCells(report.publishedRevisionId!))).toEqual(expected.tables);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { reportId: report.id, action: "report.imported" } });
    expect(audit).toMatchObject({
      actorId: admin.id,
      detail: expect.objectContaining({ source: `upload:${file.name}` }),
    });

    const again = await importParsedReport(admin, file, {});
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("已存在") });
  });

  it("refuses an agency outside the admin's tree and a bad correction, writing nothing", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const stranger = await createTestAgency();
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);

    const outside = await importParsedReport(admin, upload(stranger.name), {});
    expect(outside).toMatchObject({ ok: false, message: expect.stringContaining("不在您管理的范围内") });

    const [preview] = await previewParsedReports(admin, [upload(department.name)], {
      "report.txt": { [COUNT_KEY]: "abc" },
    });
    expect(preview?.preview.cells.find((cell) => cell.key === COUNT_KEY)).toMatchObject({
      value: "abc",
      error: expect.stringContaining("「"),
    });
    expect(preview?.preview.blocked).toContain("更正");

    const bad = await importParsedReport(admin, upload(department.name), { [COUNT_KEY]: "abc" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join()).toMatch(/只能填写|不是/);
    expect(await db.report.count({ where: { agencyId: { in: [department.id, stranger.id] } } })).toBe(0);
  });
});
