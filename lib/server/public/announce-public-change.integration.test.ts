import { afterAll, describe, expect, inject, it } from "vitest";
import { PublicChangeListener, type PublicChange } from "@/lib/front-cache/public-change-listener";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { renameAgency } from "../agencies/rename-agency";
import { db, disconnectDb } from "../db";
import { transitionReport } from "../workflow/transition-report";
import { announcePublicChange } from "./announce-public-change";

afterAll(() => disconnectDb());

// The notifications every app instance listens to: sent by the changes citizens see, at commit only.
describe("announcePublicChange", () => {
  it("reaches listeners when a publication or a rename commits, and never for a rollback", async () => {
    const heard: (PublicChange | { kind: "reconnected" })[] = [];
    const listener = new PublicChangeListener({
      connectionString: inject("databaseUrl"),
      onChange: (change) => heard.push(change),
    }).start();
    await listener.ready;
    try {
      const government = await createTestAgency({ kind: "GOVERNMENT" });
      const agency = await createTestAgency({ parentId: government.id });
      const admin = await createStaffUser([{ role: "ADMIN", agencyId: government.id }]);
      const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
      const report = await createTestReport({ agencyId: agency.id, status: "APPROVED", seed: 31 });

      await db
        .$transaction(async (tx) => {
          await announcePublicChange(tx, { kind: "publish", code: "rolled-back" });
          throw new Error("rollback");
        })
        .catch(() => undefined);
      expect(
        await transitionReport(supervisor, { reportId: report.id, action: "publish", version: report.version }),
      ).toMatchObject({ ok: true });
      expect(await renameAgency(admin, { agencyId: agency.id, name: `${agency.name}（新）` })).toMatchObject({
        ok: true,
      });
      // A refused rename changes nothing and announces nothing.
      expect(await renameAgency(admin, { agencyId: agency.id, name: government.name })).toMatchObject({ ok: false });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(heard).toEqual([
        { kind: "publish", year: 2025, code: agency.code },
        { kind: "agency_renamed", code: agency.code },
      ]);
    } finally {
      await listener.close();
    }
  });
});
