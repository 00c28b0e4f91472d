import { describe, expect, it } from "vitest";
import { checkText, containsHtmlTag, countTextChars } from "./text-rules";

describe("text rules", () => {
  it("refuses HTML tags and comments, not ordinary comparisons", () => {
    for (const text of [
      "<script>alert(1)</script>",
      "见</p>",
      "<br/>",
      "<img src=x onerror=alert(1)>",
      "<!-- x -->",
      "<SCRIPT src=x>",
    ]) {
      expect(containsHtmlTag(text), text).toBe(true);
    }
    for (const text of ["1<2", "甲<乙", "收费<100元", "a < b > c", "<<条例>>"])
      expect(containsHtmlTag(text), text).toBe(false);
  });

  it("names the section in its message", () => {
    expect(checkText("<b>粗</b>", "一、总体情况")).toBe(
      "「一、总体情况」正文不能包含 HTML 标签（如 <script>、<p>），请直接填写文字",
    );
    expect(checkText("字".repeat(21), "五、存在的主要问题及改进情况", 20)).toBe(
      "「五、存在的主要问题及改进情况」不能超过 20 个字符（现有 21 个）",
    );
    expect(checkText("无", "六、其他需要报告的事项")).toBeNull();
  });

  it("counts characters as the format does: whitespace does not count", () => {
    expect(countTextChars("本局 共收到\n申请　21 件")).toBe(10);
  });
});
