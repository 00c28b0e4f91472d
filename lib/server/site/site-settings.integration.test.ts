import { afterAll, describe, expect, inject, it } from "vitest";
import { PublicChangeListener, type PublicChange } from "@/lib/front-cache/public-change-listener";
import { siteSettingsSchema, type SiteSettingsFields } from "@/lib/requests/site-settings";
import { createTestAgency } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { holdingTestLock, SITE_SETTING_LOCK } from "@/tests/test-lock";
import { db, disconnectDb } from "../db";
import { readSiteSettings } from "./get-site-settings";
import { setSiteEmblem } from "./set-site-emblem";
import { updateSiteSettings } from "./update-site-settings";

afterAll(() => disconnectDb());

const FOOTER: SiteSettingsFields = {
  sponsor: "测试市人民政府办公室",
  operator: "测试市政务服务中心",
  phone: "024-42800000",
  address: "测试市平山区人民路 1 号",
  email: "gkb@example.gov.cn",
  siteCode: "2105000001",
  icpRecord: "辽ICP备12345678号",
  policeRecord: "辽公网安备 21050202000001号",
};

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

describe("the site's footer settings", () => {
  it("refuses malformed input in Chinese, field by field", () => {
    const result = siteSettingsSchema.safeParse({
      ...FOOTER,
      sponsor: "",
      email: "not-an-address",
      siteCode: "123",
      icpRecord: "ICP 12345",
      policeRecord: "公安 1",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["sponsor", "请填写主办单位"],
      ["email", "电子邮箱格式不正确，如 gkb@example.gov.cn"],
      ["siteCode", "网站标识码为 10 位数字，如 2105000001"],
      ["icpRecord", "ICP 备案号格式如：辽ICP备12345678号"],
      ["policeRecord", "公安机关备案号格式如：辽公网安备 21050202000001号"],
    ]);
    expect(siteSettingsSchema.safeParse({ sponsor: "测试市人民政府办公室" }).success).toBe(true);
  });

  it("are saved by an admin with an audit row of each change and a notice to every instance; others are refused", async () => {
    // The settings are one row for the whole site: the action matrix changes it too.
    await holdingTestLock(SITE_SETTING_LOCK, async () => {
      const heard: (PublicChange | { kind: "reconnected" })[] = [];
      const listener = new PublicChangeListener({
        connectionString: inject("databaseUrl"),
        onChange: (change) => heard.push(change),
      }).start();
      await listener.ready;
      try {
        // Whatever an earlier test file left: no emblem (written directly, so no notice is sent).
        await db.siteSetting.updateMany({ where: { id: 1 }, data: { emblem: null, emblemType: null } });
        const government = await createTestAgency({ kind: "GOVERNMENT" });
        const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
        const clerk = await createStaffUser([{ role: "CLERK", agencyId: government.id }]);

        expect(await updateSiteSettings(clerk, FOOTER)).toMatchObject({
          ok: false,
          message: "只有主管部门可以修改网站信息",
        });
        expect(await updateSiteSettings(admin, FOOTER)).toEqual({ ok: true, changed: expect.any(Number) });
        expect(await readSiteSettings()).toMatchObject({ ...FOOTER, emblemPath: null });

        const changedPhone = { ...FOOTER, phone: "024-42800001" };
        expect(await updateSiteSettings(admin, changedPhone)).toEqual({ ok: true, changed: 1 });
        const audit = await db.auditEvent.findFirst({
          where: { action: "site.settings_changed", actorId: admin.id },
          orderBy: { id: "desc" },
        });
        expect(audit?.detail).toEqual({ phone: { from: "024-42800000", to: "024-42800001" } });

        // Saving the same again writes nothing.
        const auditRows = await db.auditEvent.count({ where: { action: "site.settings_changed" } });
        expect(await updateSiteSettings(admin, changedPhone)).toEqual({ ok: true, changed: 0 });
        expect(await db.auditEvent.count({ where: { action: "site.settings_changed" } })).toBe(auditRows);

        expect(await setSiteEmblem(admin, Uint8Array.from([0x47, 0x49, 0x46, 0x38]))).toMatchObject({
          ok: false,
          message: "徽标须为 PNG 或 JPEG 图片",
        });
        expect(await setSiteEmblem(admin, PNG)).toEqual({ ok: true });
        expect((await readSiteSettings()).emblemPath).toMatch(/^\/site\/emblem\?v=\d+$/);
        expect(await setSiteEmblem(admin, null)).toEqual({ ok: true });
        expect((await readSiteSettings()).emblemPath).toBeNull();

        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(heard.filter((change) => change.kind === "site_changed")).toHaveLength(4);
      } finally {
        await listener.close();
      }
    });
  });
});
