import { describe, expect, it } from "vitest";
import { axisTicks, niceMaximum } from "./chart-scale";

describe("chart axes", () => {
  it("round the top of the axis up to 1, 2 or 5 × 10^k", () => {
    expect([0, 1, 3, 7, 12, 178, 1000].map(niceMaximum)).toEqual([1, 1, 5, 10, 20, 200, 1000]);
  });

  it("tick in whole numbers", () => {
    expect(axisTicks(1)).toEqual([0, 1]);
    expect(axisTicks(5)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(axisTicks(10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(axisTicks(200)).toEqual([0, 50, 100, 150, 200]);
    for (const max of [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000])
      expect(axisTicks(max).every(Number.isInteger)).toBe(true);
  });
});
