import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { toCells, type Report } from "@/lib/report-format";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { cellRowsToTables, readCells } from "../report-cells/read-cells";
import { importReportUpload } from "./import-report-upload";
import { readReportUpload } from "./read-report-upload";
import { previewReportUpload } from "./preview-report-upload";

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

    const plain = await previewReportUpload(admin, file);
    expect(plain).toMatchObject({
      agencyName: department.name,
      year: 2020,
      format: "2019",
      blocked: null,
      targetProblem: null,
      proposedAgencyId: department.id,
      agencyMatching: { confidence: "exact" },
      correctionErrors: [],
    });
    expect(plain.cells.filter((cell) => cell.status === "guessed").map((cell) => cell.key)).toEqual([
      "art20_9.procurement.amount",
    ]);
    expect(plain.cells.find((cell) => cell.key === "art20_9.procurement.amount")?.note).toContain("按“元”记录");
    expect(plain.cells.every((cell) => cell.status !== "missing")).toBe(true);
    expect(plain.sourceText).toContain(department.name);
    const { report: read } = await readReportUpload(file);
    expect(toCells(read!)).toEqual(toCells(FIXTURE));

    const corrected = await previewReportUpload(admin, file, { [COUNT_KEY]: "３００" });
    const cell = corrected.cells.find((candidate) => candidate.key === COUNT_KEY);
    expect(cell).toMatchObject({ value: "300", parsedValue: "298", corrected: true, error: null });

    const target = { agencyId: department.id };
    const result = await importReportUpload(admin, file, { [COUNT_KEY]: "300" }, target);
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

    const again = await importReportUpload(admin, file, {}, target);
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("已存在") });
  });

  it("refuses an agency outside the admin's tree and a bad correction, writing nothing", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const department = await createTestAgency({ parentId: government.id });
    const stranger = await createTestAgency();
    const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);

    const outside = await importReportUpload(admin, upload(stranger.name), {}, { agencyId: stranger.id });
    expect(outside).toMatchObject({ ok: false, message: expect.stringContaining("不在您管理的范围内") });
    // Not proposed either: the stranger is not among the admin's agencies.
    expect((await previewReportUpload(admin, upload(stranger.name))).proposedAgencyId).toBeNull();

    const preview = await previewReportUpload(admin, upload(department.name), { [COUNT_KEY]: "abc" });
    expect(preview.cells.find((cell) => cell.key === COUNT_KEY)).toMatchObject({
      value: "abc",
      error: expect.stringContaining("「"),
    });
    expect(preview.blocked).toContain("更正");

    const bad = await importReportUpload(
      admin,
      upload(department.name),
      { [COUNT_KEY]: "abc" },
      { agencyId: department.id },
    );
    expect(bad.ok).toBe(false);
    expect(bad.ok ? "" : bad.message).toMatch(/只能填写|不是/);
    expect(await db.report.count({ where: { agencyId: { in: [department.id, stranger.id] } } })).toBe(0);
  });
});
