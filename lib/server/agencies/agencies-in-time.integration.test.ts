import { afterAll, describe, expect, it } from "vitest";
import { publicationDayToInstant } from "@/lib/publication-date";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { getDeadlineBoard } from "../board/get-deadline-board";
import { previewReportFiles } from "../imports/preview-report-files";
import { renameAgency } from "./rename-agency";
import { setAgencyDates } from "./set-agency-dates";
import { db, disconnectDb } from "../db";
import { getYearOverview } from "../public/get-year-overview";
import { listPublishedReports } from "../public/list-published-reports";
import { exportReport } from "../report-cells/read-report";
import { importReport } from "../reports/import-report";
import { sumMemberCells } from "../summary/sum-member-cells";

afterAll(() => disconnectDb());

// 2020 stays a closed year (imports create it closed; no test opens it), as in the historical imports.
const YEAR = 2020;
const day = (text: string) => new Date(`${text}T00:00:00Z`);

async function importPublished(
  agencyName: string,
  year: number,
  publishedOn: string,
  options: { moveEstablishment?: boolean } = {},
) {
  const report = buildConsistentReport({ format: year <= 2020 ? "2019" : "2021", seed: 5, year, agencyName });
  return importReport(report, { publish: true, publishedAt: publicationDayToInstant(publishedOn)!, ...options });
}

async function cityWithMembers() {
  const city = await createTestAgency({ kind: "GOVERNMENT" });
  await db.agency.update({ where: { id: city.id }, data: { level: "CITY" } });
  const member = (name: string) => createTestAgency({ name: `${name}${city.code}`, parentId: city.id });
  const unrecorded = await member("A日期未记录");
  const published = await db.agency.update({
    where: { id: (await member("B已发布")).id },
    data: { establishedOn: day("1980-01-01") },
  });
  const newcomer = await db.agency.update({
    where: { id: (await member("C新设")).id },
    data: { establishedOn: day("2024-03-01") },
  });
  const abolished = await db.agency.update({
    where: { id: (await member("D已撤销")).id },
    data: { establishedOn: day("1990-01-01"), abolishedOn: day("2020-06-30") },
  });
  const renamed = await member("E新名");
  await db.agencyFormerName.create({ data: { agencyId: renamed.id, name: `E旧名${city.code}`, lastYear: 2020 } });
  const imported = await importPublished(published.name, YEAR, "2021-01-20");
  if (!imported.ok) throw new Error(imported.message);
  const admin = await createStaffUser([{ role: "ADMIN", agencyId: city.id }]);
  return { city, unrecorded, published, newcomer, abolished, renamed, oldName: `E旧名${city.code}`, admin };
}

describe("agencies in time", () => {
  it("counts on the board, in the summary and on the year page only the agencies of that year, named as then", async () => {
    const { city, unrecorded, published, newcomer, abolished, renamed, oldName, admin } = await cityWithMembers();

    const board2020 = await getDeadlineBoard(admin, { year: YEAR, now: new Date("2026-12-05T10:00:00+08:00") });
    expect(board2020?.rows.map((row) => row.name)).toEqual([city.name, unrecorded.name, published.name, oldName]);
    expect(board2020?.rows.find((row) => row.agencyId === published.id)).toMatchObject({
      late: false,
      publishedAt: new Date("2021-01-20T12:00:00+08:00"),
    });
    // The city itself and its three members of 2020; one of them published, on time.
    expect(board2020?.rates.overall).toEqual({ label: "全部", expected: 4, published: 1, onTime: 1 });

    // 2024 closed, as report-test-support.ts keeps it.
    await db.reportingYear.upsert({
      where: { year: 2024 },
      update: {},
      create: {
        year: 2024,
        format: "2021",
        deadline: new Date("2025-01-31T23:59:59+08:00"),
        closedAt: new Date("2025-02-01T00:00:00+08:00"),
      },
    });
    const board2024 = await getDeadlineBoard(admin, { year: 2024, now: new Date("2026-12-05T10:00:00+08:00") });
    expect(board2024?.rows.map((row) => row.agencyId)).toEqual([
      city.id,
      unrecorded.id,
      published.id,
      newcomer.id,
      renamed.id,
    ]);
    expect(board2024?.rows.find((row) => row.agencyId === renamed.id)?.name).toBe(renamed.name);
    expect(board2024?.rows.some((row) => row.agencyId === abolished.id)).toBe(false);

    const sums2020 = await sumMemberCells(city.id, YEAR);
    expect(sums2020.included.map((member) => member.agencyId)).toEqual([published.id]);
    expect(sums2020.missing.map((member) => member.name)).toEqual([unrecorded.name, oldName]);
    const sums2024 = await sumMemberCells(city.id, 2024);
    expect(sums2024.missing.map((member) => member.agencyId).sort()).toEqual(
      [unrecorded.id, published.id, newcomer.id, renamed.id].sort(),
    );

    const overview = await getYearOverview(YEAR, city.code);
    expect(overview?.members.map((member) => member.name)).toEqual([unrecorded.name, published.name, oldName]);
    expect(overview?.members.find((member) => member.code === published.code)?.report?.firstPublishedAt).toEqual(
      new Date("2021-01-20T12:00:00+08:00"),
    );
    expect(overview?.summary.missing.map((member) => member.name)).toEqual([unrecorded.name, oldName]);
  });

  it("keeps a report's agency in its year: dates that would exclude it are refused, a former name shows on that year's report", async () => {
    const { published, admin, city } = await cityWithMembers();

    expect(
      await setAgencyDates(admin, { agencyId: published.id, establishedOn: day("2021-05-01"), abolishedOn: null }),
    ).toEqual({
      ok: false,
      message: `“${published.name}”已有 2020 年度报告，成立日期不能晚于 2020年12月31日`,
      field: "establishedOn",
    });
    expect(
      await setAgencyDates(admin, {
        agencyId: published.id,
        establishedOn: day("1980-01-01"),
        abolishedOn: day("2019-12-31"),
      }),
    ).toMatchObject({
      ok: false,
      field: "abolishedOn",
    });
    expect(
      await setAgencyDates(admin, {
        agencyId: published.id,
        establishedOn: day("1990-01-01"),
        abolishedOn: day("1980-01-01"),
      }),
    ).toMatchObject({
      ok: false,
      message: "撤销（合并）日期必须晚于成立日期",
    });
    expect((await db.agency.findUniqueOrThrow({ where: { id: published.id } })).establishedOn).toEqual(
      day("1980-01-01"),
    );

    expect(
      await setAgencyDates(admin, {
        agencyId: published.id,
        establishedOn: day("1985-07-01"),
        abolishedOn: day("2023-01-01"),
      }),
    ).toEqual({ ok: true });
    expect(await db.agency.findUniqueOrThrow({ where: { id: published.id } })).toMatchObject({
      establishedOn: day("1985-07-01"),
      abolishedOn: day("2023-01-01"),
    });
    expect(
      await db.auditEvent.findFirst({ where: { agencyId: published.id, action: "agency.dates_changed" } }),
    ).toMatchObject({ actorId: admin.id });

    const oldName = published.name;
    const newName = `改名后${city.code}`;
    expect(await renameAgency(admin, { agencyId: published.id, name: newName, firstYear: 2021 })).toEqual({ ok: true });
    const report = await db.report.findFirstOrThrow({ where: { agencyId: published.id, year: YEAR } });
    expect((await exportReport(report.id, "published"))?.agency.name).toBe(oldName);
    expect((await listPublishedReports({ year: YEAR, query: oldName })).map((entry) => entry.agency)).toEqual([
      { name: oldName, code: published.code, kind: "DEPARTMENT" },
    ]);
    // An import under the old name finds the same agency.
    expect(await importPublished(oldName, YEAR, "2021-01-20")).toMatchObject({
      ok: false,
      message: `${newName} 2020 年度报告已存在；如需覆盖，请使用 --replace`,
    });
    expect(
      await renameAgency(admin, { agencyId: published.id, name: `再改名${city.code}`, firstYear: 2021 }),
    ).toMatchObject({ ok: false, field: "firstYear" });
  });

  it("asks before importing a report older than its agency's recorded start, and moves the start when told to", async () => {
    const { newcomer, renamed, oldName, admin } = await cityWithMembers();
    const file = (name: string, agencyName: string) => ({
      name,
      text: JSON.stringify(buildConsistentReport({ format: "2019", seed: 5, year: YEAR, agencyName })),
    });
    const previews = await previewReportFiles(admin, [file("new.json", newcomer.name), file("old-name.json", oldName)]);
    expect(previews.map((preview) => [preview.name, preview.blocked, preview.moveEstablishment])).toEqual([
      [
        "new.json",
        null,
        `“${newcomer.name}”记录的成立日期为 2024年3月1日，晚于 2020 年度；如该机构当时已存在，请确认将成立日期提前到 2020年1月1日后再导入`,
      ],
      ["old-name.json", null, null],
    ]);
    expect(renamed.name).not.toBe(oldName);

    const refused = await importPublished(newcomer.name, YEAR, "2021-01-20");
    expect(refused).toEqual({
      ok: false,
      message: `“${newcomer.name}”记录的成立日期为 2024年3月1日，晚于 2020 年度；如该机构当时已存在，请确认将成立日期提前到 2020年1月1日后再导入`,
      establishedOn: day("2024-03-01"),
    });
    expect(await db.report.count({ where: { agencyId: newcomer.id } })).toBe(0);

    const moved = await importPublished(newcomer.name, YEAR, "2021-01-20", { moveEstablishment: true });
    expect(moved).toMatchObject({ ok: true });
    expect((await db.agency.findUniqueOrThrow({ where: { id: newcomer.id } })).establishedOn).toEqual(
      day("2020-01-01"),
    );
    expect(
      await db.auditEvent.findFirst({ where: { agencyId: newcomer.id, action: "agency.dates_changed" } }),
    ).toMatchObject({
      detail: { establishedOn: { from: "2024年3月1日", to: "2020年1月1日" } },
    });
    const board = await getDeadlineBoard(admin, { year: YEAR });
    expect(board?.rows.some((row) => row.agencyId === newcomer.id && row.publishedAt !== null && !row.late)).toBe(true);
  });
});
