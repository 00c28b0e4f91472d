import { describe, expect, it } from "vitest";
import { formatMicroYuan, formatScaled, moneyToMicroYuan } from "./decimal";

describe("decimal arithmetic", () => {
  it("converts amounts of either unit to micro-元 exactly", () => {
    expect(moneyToMicroYuan("73802895.9", "元")).toBe(73802895900000n);
    expect(moneyToMicroYuan("24252.311082", "万元")).toBe(242523110820000n);
    expect(moneyToMicroYuan("0.1", "万元") + moneyToMicroYuan("0.2", "万元")).toBe(moneyToMicroYuan("0.3", "万元"));
  });

  it("writes micro-元 in either unit without losing digits", () => {
    expect(formatMicroYuan(123456n, "元")).toBe("0.123456");
    expect(formatMicroYuan(123456n, "万元")).toBe("0.0000123456");
    expect(formatMicroYuan(99999999999999999999n, "万元")).toBe("9999999999.9999999999");
    expect(formatMicroYuan(0n, "元")).toBe("0");
  });

  it("trims trailing zeros and keeps the sign", () => {
    expect(formatScaled(1500n, 3)).toBe("1.5");
    expect(formatScaled(-25n, 2)).toBe("-0.25");
  });
});
