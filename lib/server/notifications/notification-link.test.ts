import { describe, expect, it } from "vitest";
import { notificationLink } from "./notification-link";

describe("notificationLink", () => {
  const agencyReport = { id: "r1", kind: "AGENCY" as const };
  const summaryReport = { id: "s1", kind: "SUMMARY" as const };

  it("sends the clerks of a returned or reopened agency report to its wizard, reviewers to the review page", () => {
    expect(notificationLink("report.return", agencyReport)).toBe("/staff/reports/r1");
    expect(notificationLink("report.reopen", agencyReport)).toBe("/staff/reports/r1");
    expect(notificationLink("report.submit", agencyReport)).toBe("/staff/review/r1");
    expect(notificationLink("report.comment_reply", agencyReport)).toBe("/staff/review/r1");
  });

  it("sends everything else, and a summary report's clerks (the admins write it), to the history", () => {
    expect(notificationLink("report.return", summaryReport)).toBe("/staff/history/s1");
    expect(notificationLink("report.comment", agencyReport)).toBe("/staff/history/r1");
    expect(notificationLink("report.publish", agencyReport)).toBe("/staff/history/r1");
    expect(notificationLink("report.return", null)).toBeNull();
  });
});
