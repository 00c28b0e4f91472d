import { afterAll, describe, expect, it } from "vitest";
import { publicationDayToInstant } from "@/lib/publication-date";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { db, disconnectDb } from "../db";
import { importReport } from "../reports/import-report";
import { daysUntil } from "./days-until";
import { getReviewReport } from "./get-review-report";

afterAll(() => disconnectDb());

describe("getReviewReport", () => {
  it("gives the reviewer the working revision with every violation and the clerk's explanations", async () => {
    const agency = await createTestAgency();
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED", withError: true });
    await db.reportRevision.update({
      where: { id: report.currentRevisionId! },
      data: {
        overview: "本年度政务公开工作稳步推进。".repeat(80),
        warningExplanations: { "text.overview-length|texts.overview": "内容较多" },
      },
    });

    const review = await getReviewReport(supervisor, report.id);
    expect(review).toMatchObject({
      id: report.id,
      status: "SUBMITTED",
      version: report.version,
      revisionNumber: 1,
      agency: { name: agency.name, code: agency.code },
      previousYear: null,
    });
    expect(review?.report.texts.overview).toContain("稳步推进");
    expect(review?.errors).toBeGreaterThan(0);
    expect(review?.warnings).toBe(1);
    const warning = review?.violations.find((violation) => violation.level === "warning");
    expect(warning).toMatchObject({ rule: "text.overview-length", labels: ["一、总体情况"], explanation: "内容较多" });
    const balance = review?.violations.find((violation) => violation.rule === "applications.balance");
    expect(balance).toMatchObject({ level: "error", explanation: null });
    expect(balance?.labels[0]).toContain("自然人");
  });

  it("is not found for a supervisor of another agency, or for the clerk", async () => {
    const agency = await createTestAgency();
    const report = await createTestReport({ agencyId: agency.id, status: "SUBMITTED" });
    const other = await createStaffUser([{ role: "SUPERVISOR", agencyId: (await createTestAgency()).id }]);
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
    expect(await getReviewReport(other, report.id)).toBeNull();
    expect(await getReviewReport(clerk, report.id)).toBeNull();
    expect(await getReviewReport(other, "no-such-report")).toBeNull();
  });

  it("dates a published import's first publication as printed, so its lateness counts to that day", async () => {
    const agency = await createTestAgency();
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const imported = await importReport(
      buildConsistentReport({ format: "2019", seed: 2, year: 2020, agencyName: agency.name }),
      {
        publish: true,
        publishedAt: publicationDayToInstant("2021-01-20")!,
      },
    );
    if (!imported.ok) throw new Error(imported.message);
    const review = await getReviewReport(supervisor, imported.reportId);
    expect(review?.firstPublishedAt).toEqual(new Date("2021-01-20T12:00:00+08:00"));
    expect(daysUntil(new Date("2021-01-31T23:59:59+08:00"), review!.firstPublishedAt!)).toBe(11);
  });
});
