import { describe, expect, it } from "vitest";
import { daysUntil } from "./days-until";

describe("daysUntil", () => {
  const deadline = new Date("2026-01-31T23:59:59+08:00");

  it("counts calendar days in Beijing time", () => {
    expect(daysUntil(deadline, new Date("2026-01-29T10:00:00+08:00"))).toBe(2);
    expect(daysUntil(deadline, new Date("2026-01-31T00:00:01+08:00"))).toBe(0);
    // 23:30 UTC on the 30th is already the 31st in Beijing.
    expect(daysUntil(deadline, new Date("2026-01-30T23:30:00Z"))).toBe(0);
  });

  it("is negative once the deadline has passed", () => {
    expect(daysUntil(deadline, new Date("2026-02-01T00:00:00+08:00"))).toBe(-1);
    expect(daysUntil(deadline, new Date("2026-02-10T12:00:00+08:00"))).toBe(-10);
  });
});
