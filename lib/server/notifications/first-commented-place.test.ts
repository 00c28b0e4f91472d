import { describe, expect, it } from "vitest";
import { listCellDefinitions } from "@/lib/report-format";
import { firstCommentedPlace } from "./first-commented-place";
import { notificationLink } from "./notification-link";

describe("firstCommentedPlace", () => {
  it("takes the first commented section in the report's order, and in it the first cell in the table's order", () => {
    const proactive = listCellDefinitions("2021").filter((cell) => cell.table === "art20_1");
    const later = proactive[2]!.key;
    const earlier = proactive[0]!.key;
    expect(
      firstCommentedPlace("2021", ["reviews.review.upheld", later, "section:problems", earlier, "section:proactive"]),
    ).toEqual({ section: "proactive", address: earlier });
  });

  it("points a comment on a whole text section at its editor, and one on a whole table at the step", () => {
    expect(firstCommentedPlace("2021", ["section:problems"])).toEqual({
      section: "problems",
      address: "texts.problems",
    });
    expect(firstCommentedPlace("2021", ["section:applications"])).toEqual({ section: "applications", address: null });
  });

  it("passes over targets the format does not know, and has no place without comments", () => {
    expect(firstCommentedPlace("2021", ["applications.99.nobody", "section:nowhere"])).toBeNull();
    expect(firstCommentedPlace("2021", [])).toBeNull();
  });
});

describe("notificationLink with a commented place", () => {
  const report = { id: "r1", kind: "AGENCY" as const };

  it("sends a return to the first commented cell of the wizard, other notifications where they went before", () => {
    const place = { section: "applications" as const, address: "applications.1.natural" };
    expect(notificationLink("report.return", report, place)).toBe(
      "/staff/reports/r1/applications?focus=applications.1.natural",
    );
    expect(notificationLink("report.return", report, { section: "reviews", address: null })).toBe(
      "/staff/reports/r1/reviews",
    );
    expect(notificationLink("report.reopen", report, place)).toBe("/staff/reports/r1");
    expect(notificationLink("report.submit", report, place)).toBe("/staff/review/r1");
  });
});
