import { describe, expect, it } from "vitest";
import {
  beijingDateTime,
  beijingDay,
  beijingDayNumber,
  endOfBeijingDay,
  legalReportDeadline,
  parseBeijingDateTime,
  startOfNextBeijingDay,
} from "./beijing-time";

describe("Beijing time", () => {
  it("reads a datetime-local value as Beijing time and writes one back", () => {
    expect(parseBeijingDateTime("2026-02-01T09:30")?.toISOString()).toBe("2026-02-01T01:30:00.000Z");
    expect(parseBeijingDateTime("2026-01-01T03:00")?.toISOString()).toBe("2025-12-31T19:00:00.000Z");
    expect(beijingDateTime(new Date("2025-12-31T19:00:00Z"))).toBe("2026-01-01T03:00");
  });

  it.each(["", "2026-02-30T10:00", "2026-02-01T24:00", "2026-02-01 09:30", "2026-02-01T09:30:00Z"])(
    "refuses %j as a time",
    (value) => {
      expect(parseBeijingDateTime(value)).toBeNull();
    },
  );

  it("puts an instant on the Beijing calendar, which is eight hours ahead of UTC", () => {
    expect(beijingDay(new Date("2026-01-30T16:00:00Z"))).toBe("2026-01-31");
    expect(beijingDay(new Date("2026-01-30T15:59:59Z"))).toBe("2026-01-30");
    expect(
      beijingDayNumber(new Date("2026-01-30T16:00:00Z")) - beijingDayNumber(new Date("2026-01-30T15:59:59Z")),
    ).toBe(1);
  });

  it("ends a day and a reporting year's legal deadline at 23:59:59 in Beijing", () => {
    expect(endOfBeijingDay("2026-01-31").toISOString()).toBe("2026-01-31T15:59:59.000Z");
    expect(legalReportDeadline(2025)).toEqual(endOfBeijingDay("2026-01-31"));
    expect(startOfNextBeijingDay("2026-02-28").toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });
});
