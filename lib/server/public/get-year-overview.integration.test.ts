import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { exportReport } from "../report-cells/read-report";
import { getAgencyHistory } from "./get-agency-history";
import { getPublishedReport } from "./get-published-report";
import { getYearOverview } from "./get-year-overview";
import { listPublishedReports } from "./list-published-reports";

afterAll(() => disconnectDb());

describe("public reads", () => {
  it("count only published members in the year's summary and list the others as missing, whatever their state", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const published = await createTestAgency({ parentId: government.id });
    const approved = await createTestAgency({ parentId: government.id });
    const submitted = await createTestAgency({ parentId: government.id });
    const draft = await createTestAgency({ parentId: government.id });
    const scheduled = await createTestAgency({ parentId: government.id });
    const report = await createTestReport({ agencyId: published.id, status: "PUBLISHED", seed: 1 });
    await createTestReport({ agencyId: approved.id, status: "APPROVED", seed: 2 });
    await createTestReport({ agencyId: submitted.id, status: "SUBMITTED", seed: 3 });
    await createTestReport({ agencyId: draft.id, status: "DRAFT", seed: 4 });
    const later = await createTestReport({ agencyId: scheduled.id, status: "PUBLISHED", seed: 5 });
    await db.reportRevision.updateMany({
      where: { reportId: later.id },
      data: { publishedAt: new Date(Date.now() + 86_400_000) },
    });

    const overview = await getYearOverview(2025, government.code);
    expect(overview?.summary.included).toBe(1);
    expect(overview?.summary.missing.map((member) => member.code).sort()).toEqual(
      [approved, submitted, draft, scheduled].map((agency) => agency.code).sort(),
    );
    const exported = await exportReport(report.id, "published");
    expect(overview?.summary.tables.applications?.["3.7"]?.total).toBe(exported?.tables.applications?.["3.7"]?.total);
    const withFigures = overview?.members.filter((member) => member.report) ?? [];
    expect(withFigures.map((member) => member.code)).toEqual([published.code]);
    expect(withFigures[0]?.report?.figures.received).toBe(exported?.tables.applications?.["1"]?.total);

    for (const agency of [approved, submitted, draft, scheduled]) {
      expect(await getPublishedReport(2025, agency.code)).toBeNull();
      expect(await getAgencyHistory(agency.code)).toBeNull();
    }
    const listed = await listPublishedReports({ year: 2025, query: published.name.slice(-6) });
    expect(listed.map((entry) => entry.agency.code)).toEqual([published.code]);
    expect(await listPublishedReports({ year: 2025, query: draft.name })).toEqual([]);
  });

  it("a year without any published report and an unknown government are not found", async () => {
    expect(await getYearOverview(2019, undefined)).toBeNull();
    expect(await getYearOverview(2025, "no-such-government")).toBeNull();
  });
});
