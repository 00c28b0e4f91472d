import { describe, expect, it } from "vitest";
import { deadlineLevelOf, legalDeadlines, resolveDeadlines } from "./year-deadlines";

describe("deadlines", () => {
  it("are the legal days of the following year, end of day in Beijing", () => {
    expect(legalDeadlines(2025)).toEqual({
      AGENCY: new Date("2026-01-31T15:59:59Z"),
      COUNTY: new Date("2026-02-20T15:59:59Z"),
      CITY: new Date("2026-03-10T15:59:59Z"),
      PROVINCE: new Date("2026-03-31T15:59:59Z"),
    });
  });

  it("take a year's own dates over the legal ones, and apply by kind and level", () => {
    const city = new Date("2026-03-01T15:59:59Z");
    const resolved = resolveDeadlines({
      year: 2025,
      deadline: new Date("2026-01-20T15:59:59Z"),
      countyDeadline: null,
      cityDeadline: city,
      provinceDeadline: null,
    });
    expect(resolved).toMatchObject({
      AGENCY: new Date("2026-01-20T15:59:59Z"),
      COUNTY: legalDeadlines(2025).COUNTY,
      CITY: city,
    });
    expect(deadlineLevelOf({ kind: "TOWNSHIP", level: null })).toBe("AGENCY");
    expect(deadlineLevelOf({ kind: "GOVERNMENT", level: "PROVINCE" })).toBe("PROVINCE");
    expect(deadlineLevelOf({ kind: "GOVERNMENT", level: null })).toBe("COUNTY");
  });
});
