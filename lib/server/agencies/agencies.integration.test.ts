import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport, uniqueSuffix } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { loadStaffUser } from "../auth/current-user";
import { db, disconnectDb } from "../db";
import { createAgency } from "./create-agency";
import { deactivateAgency } from "./deactivate-agency";
import { importAgencies } from "../imports/import-agencies";
import { listAdministeredAgencies } from "./list-administered-agencies";
import { moveAgency } from "./move-agency";
import { previewAgencyImport } from "../imports/preview-agency-import";
import { readTableFile } from "../imports/read-table-file";
import { renameAgency } from "./rename-agency";

afterAll(() => disconnectDb());

async function cityWithAdmin() {
  const city = await createTestAgency({ kind: "GOVERNMENT" });
  await db.agency.update({ where: { id: city.id }, data: { level: "CITY" } });
  const county = await createTestAgency({ kind: "GOVERNMENT", parentId: city.id });
  await db.agency.update({ where: { id: county.id }, data: { level: "COUNTY" } });
  const department = await createTestAgency({ parentId: city.id });
  const admin = await createStaffUser([{ role: "ADMIN", agencyId: city.id }]);
  return { city, county, department, admin };
}

describe("agencies", () => {
  it("creates an agency with a code suggested from the pinyin of its name, renames it, and audits both", async () => {
    const { city, admin } = await cityWithAdmin();
    const name = `本溪市档案局${uniqueSuffix()}`;
    const created = await createAgency(admin, { name, kind: "DEPARTMENT", parentId: city.id });
    if (!created.ok) throw new Error(created.message);
    expect(created.code).toMatch(/^bxsdaj/);
    expect(await createAgency(admin, { name, kind: "DEPARTMENT", parentId: city.id })).toMatchObject({
      ok: false,
      field: "name",
    });
    expect(
      await createAgency(admin, { name: `${name}2`, code: "Bad Code!", kind: "DEPARTMENT", parentId: city.id }),
    ).toMatchObject({ ok: false, field: "code" });
    expect(
      await createAgency(admin, { name: `${name}3`, code: created.code, kind: "DEPARTMENT", parentId: city.id }),
    ).toMatchObject({ ok: false, field: "code" });
    expect(await createAgency(admin, { name: `${name}镇`, kind: "TOWNSHIP", parentId: city.id })).toMatchObject({
      ok: false,
      field: "parentId",
    });

    const nextRequest = (await loadStaffUser(admin.id))!;
    expect(await renameAgency(nextRequest, { agencyId: created.agencyId, name: `${name}（新）` })).toEqual({
      ok: true,
    });
    expect((await db.agency.findUniqueOrThrow({ where: { id: created.agencyId } })).name).toBe(`${name}（新）`);
    const actions = (
      await db.auditEvent.findMany({ where: { agencyId: created.agencyId }, orderBy: { id: "asc" } })
    ).map((event) => event.action);
    expect(actions).toEqual(["agency.created", "agency.renamed"]);
  });

  it("moves within the tree only, never into a cycle, and never outside the admin's government", async () => {
    const { city, county, department, admin } = await cityWithAdmin();
    const elsewhere = await createTestAgency({ kind: "GOVERNMENT" });
    const countyDepartment = await createTestAgency({ parentId: county.id });
    const fresh = await createStaffUser([{ role: "ADMIN", agencyId: city.id }]);

    expect(await moveAgency(fresh, { agencyId: countyDepartment.id, parentId: city.id })).toEqual({ ok: true });
    expect((await db.agency.findUniqueOrThrow({ where: { id: countyDepartment.id } })).parentId).toBe(city.id);
    expect(await moveAgency(fresh, { agencyId: county.id, parentId: county.id })).toMatchObject({
      ok: false,
      field: "parentId",
    });
    expect(await moveAgency(fresh, { agencyId: city.id, parentId: county.id })).toMatchObject({ ok: false });
    expect(await moveAgency(fresh, { agencyId: department.id, parentId: elsewhere.id })).toMatchObject({
      ok: false,
      field: "parentId",
    });
    expect(await moveAgency(admin, { agencyId: department.id, parentId: department.id })).toMatchObject({ ok: false });
  });

  it("deactivates an agency with reports (never deleting it), not while active agencies sit under it", async () => {
    const { county, department, admin } = await cityWithAdmin();
    await createTestReport({ agencyId: department.id, year: 2023, status: "PUBLISHED" });
    expect(await deactivateAgency(admin, { agencyId: county.id })).toEqual({ ok: true });
    expect(await deactivateAgency(admin, { agencyId: department.id })).toEqual({ ok: true });
    const stored = await db.agency.findUniqueOrThrow({ where: { id: department.id }, include: { reports: true } });
    expect(stored.active).toBe(false);
    expect(stored.reports).toHaveLength(1);
    const listed = await listAdministeredAgencies(admin);
    expect(listed.find((agency) => agency.id === department.id)).toMatchObject({
      active: false,
      reportCount: 1,
      depth: 1,
    });

    const { city: other, county: otherCounty, admin: otherAdmin } = await cityWithAdmin();
    await createTestAgency({ parentId: otherCounty.id });
    expect(await deactivateAgency(otherAdmin, { agencyId: otherCounty.id })).toMatchObject({
      ok: false,
      message: expect.stringContaining("在用的机构"),
    });
    expect(await deactivateAgency(otherAdmin, { agencyId: other.id })).toMatchObject({ ok: false });
  });

  it("previews a CSV list with per-row errors and writes nothing until every row is right, then all in one transaction", async () => {
    const { city, county, admin } = await cityWithAdmin();
    const suffix = uniqueSuffix();
    const csv = [
      "名称,代码,类型,级别,上级",
      `测试县${suffix},,政府,县级,${city.code}`,
      `测试县教育局${suffix},,部门,,测试县${suffix}`,
      `"测试县某镇,${suffix}",t-town-${suffix},乡镇,,测试县${suffix}`,
      `错误局${suffix},,机关,,${city.name}`,
      `孤儿局${suffix},,部门,,不存在的政府`,
      `县下乡镇${suffix},,乡镇,,${county.name}`,
    ].join("\r\n");
    const table = await readTableFile({ fileName: "agencies.csv", bytes: new TextEncoder().encode(csv) });
    if (!table.ok) throw new Error(table.message);

    const preview = await previewAgencyImport(admin, table.rows);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.errorCount).toBe(2);
    expect(preview.rows.map((row) => [row.line, row.errors.length])).toEqual([
      [2, 0],
      [3, 0],
      [4, 0],
      [5, 1],
      [6, 1],
      [7, 0],
    ]);
    expect(preview.rows[3]?.errors[0]).toContain("类型“机关”无效");
    expect(preview.rows[4]?.errors[0]).toContain("不存在");
    expect(preview.rows[1]).toMatchObject({ parentLine: 2, codeSuggested: true });
    expect(preview.rows[2]).toMatchObject({ name: `测试县某镇,${suffix}`, code: `t-town-${suffix}` });

    expect(await importAgencies(admin, table.rows, "agencies.csv")).toMatchObject({ ok: false });
    expect(await db.agency.count({ where: { name: { contains: suffix } } })).toBe(0);

    const fixed = table.rows.filter((_row, index) => index !== 4 && index !== 5);
    const imported = await importAgencies(admin, fixed, "agencies.csv");
    expect(imported).toEqual({ ok: true, created: 4 });
    const newCounty = await db.agency.findUniqueOrThrow({ where: { name: `测试县${suffix}` } });
    expect(newCounty).toMatchObject({ kind: "GOVERNMENT", level: "COUNTY", parentId: city.id });
    expect((await db.agency.findUniqueOrThrow({ where: { name: `测试县教育局${suffix}` } })).parentId).toBe(
      newCounty.id,
    );
    expect(
      await db.auditEvent.count({ where: { action: "agency.created", actorId: admin.id, agencyId: { not: null } } }),
    ).toBeGreaterThanOrEqual(4);
    expect(await db.auditEvent.findFirst({ where: { action: "agency.imported", actorId: admin.id } })).not.toBeNull();
  });

  it("reads the same list from an XLSX file, with rows in any order and a cycle caught", async () => {
    const { city, admin } = await cityWithAdmin();
    const suffix = uniqueSuffix();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("机构");
    sheet.addRows([
      ["名称", "代码", "类型", "级别", "上级"],
      [`甲乡${suffix}`, "", "乡镇", "", `乙县${suffix}`],
      [`乙县${suffix}`, "", "政府", "县级", city.name],
      [`丙县${suffix}`, "", "政府", "县级", `丁县${suffix}`],
      [`丁县${suffix}`, "", "政府", "县级", `丙县${suffix}`],
    ]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const table = await readTableFile({ fileName: "机构.xlsx", bytes });
    if (!table.ok) throw new Error(table.message);
    const preview = await previewAgencyImport(admin, table.rows);
    if (!preview.ok) throw new Error(preview.message);
    expect(preview.rows.map((row) => row.errors.some((error) => error.includes("循环")))).toEqual([
      false,
      false,
      true,
      true,
    ]);
    const imported = await importAgencies(admin, table.rows.slice(0, 3), "机构.xlsx");
    expect(imported).toEqual({ ok: true, created: 2 });
  });
});
