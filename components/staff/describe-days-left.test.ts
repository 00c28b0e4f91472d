import { describe, expect, it } from "vitest";
import { describeDaysLeft } from "./describe-days-left";

describe("describeDaysLeft", () => {
  it("says how many days are left, that today is the day, or how many days it is overdue", () => {
    expect(describeDaysLeft(12)).toBe("还剩 12 天");
    expect(describeDaysLeft(1)).toBe("还剩 1 天");
    expect(describeDaysLeft(0)).toBe("今天截止");
    expect(describeDaysLeft(-3)).toBe("已逾期 3 天");
  });
});
