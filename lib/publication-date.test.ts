import { describe, expect, it } from "vitest";
import { checkPublicationDate, instantToPublicationDay, publicationDayToInstant } from "./publication-date";

describe("publication dates", () => {
  it("reads a printed day as noon in Beijing", () => {
    expect(publicationDayToInstant("2021-01-20")).toEqual(new Date("2021-01-20T04:00:00Z"));
    expect(instantToPublicationDay(publicationDayToInstant("2021-01-20")!)).toBe("2021-01-20");
  });

  it("refuses what is no calendar day", () => {
    for (const text of ["2021-02-30", "2021-13-01", "20210120", "2021-1-20", ""])
      expect(publicationDayToInstant(text)).toBeNull();
  });

  it("accepts a date after the report's year and not after today", () => {
    const now = new Date("2026-12-05T01:00:00Z");
    expect(checkPublicationDate(2020, publicationDayToInstant("2021-01-20")!, now)).toBeNull();
    expect(checkPublicationDate(2020, publicationDayToInstant("2020-12-31")!, now)).toBe(
      "2020 年度报告的发布日期不能早于 2021年1月1日",
    );
    expect(checkPublicationDate(2020, publicationDayToInstant("2026-12-06")!, now)).toBe("发布日期不能晚于今天");
    expect(checkPublicationDate(2020, publicationDayToInstant("2026-12-05")!, now)).toBeNull();
  });
});
