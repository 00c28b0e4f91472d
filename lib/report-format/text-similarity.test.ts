import { describe, expect, it } from "vitest";
import { measureTextSimilarity } from "./text-similarity";

describe("measureTextSimilarity", () => {
  it("is 1 for the same words, whatever the whitespace and punctuation", () => {
    expect(
      measureTextSimilarity("一是信息公开不够及时。二是格式不规范。", "一是信息公开不够及时，\n二是格式不规范"),
    ).toBe(1);
  });

  it("stays high for a copy with a changed year, low for a rewritten text", () => {
    const last =
      "(一)存在的主要问题。一是信息公开不够及时。二是格式程序不够规范。三是公开途径单一。(二)改进措施。2021年将派专人到政务公开办进行业务学习。";
    expect(measureTextSimilarity(last.replace("2021", "2022"), last)).toBeGreaterThan(0.9);
    expect(measureTextSimilarity("政策解读形式单一，将增加图解和视频解读。", last)).toBeLessThan(0.3);
  });

  it("is 0 for texts with nothing in common", () => {
    expect(measureTextSimilarity("甲乙丙", "丁戊己")).toBe(0);
  });
});
