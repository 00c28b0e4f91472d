import { describe, expect, it } from "vitest";
import { equalsLabel, matchLabelAtEnd } from "./match-label";
import { foldWidth, normaliseLabel, prepareLabel, readNumbering } from "./normalise-label";

const rows = [
  "（一）予以公开",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "1.属于国家秘密",
  "（六）其他处理",
  "3.其他",
  "（七）总计",
].map((label) => ({
  key: label,
  forms: prepareLabel(label),
}));

describe("normaliseLabel", () => {
  it("compares letters and digits only, whatever their width", () => {
    expect(normaliseLabel("(二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)")).toBe(
      normaliseLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    );
    expect(normaliseLabel("3.危及“三安全一稳定”")).toBe(normaliseLabel('3.危及"三安全 一稳定"'));
    expect(foldWidth("２０２１年（一）")).toBe("2021年(一)");
  });

  it("knows the shorter forms a report may print", () => {
    expect(prepareLabel("（二）部分公开（区分处理的，只计这一情形，不计其他情形）").cores).toContain("部分公开");
    expect(prepareLabel("本年收费金额（单位：万元）").cores).toEqual(["本年收费金额"]);
    expect(prepareLabel("1.属于国家秘密").cores).toEqual(["属于国家秘密"]);
  });

  it("reads heading numbering in its three styles", () => {
    expect(readNumbering("二、主动公开")).toEqual({ numeral: "二", style: "top" });
    expect(readNumbering("(三)收到")).toEqual({ numeral: "三", style: "bracket" });
    expect(readNumbering("4. 行政复议")).toEqual({ numeral: "4", style: "digit" });
    expect(readNumbering("总体情况")).toBeNull();
  });
});

describe("matchLabelAtEnd", () => {
  const match = (run: string) => matchLabelAtEnd(normaliseLabel(run), rows);

  it("takes the label nearest the numbers, after group labels and stray text", () => {
    expect(match("三、本年度办理结果（一）予以公开")).toEqual({ key: "（一）予以公开", quality: "exact" });
    expect(match("不计其他情形）（三）不予公开1.属于国家秘密")).toEqual({ key: "1.属于国家秘密", quality: "exact" });
    expect(match("部分公开")).toEqual({
      key: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      quality: "short",
    });
  });

  it("does not take a label followed by another one it does not know", () => {
    expect(match("（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")).toBeNull();
    expect(match("（六）其他处理（件）")).toEqual({ key: "（六）其他处理", quality: "exact" });
  });

  it("takes a two-character short form only when it is the whole label", () => {
    expect(match("总计")).toEqual({ key: "（七）总计", quality: "short" });
    expect(match("其他")).toEqual({ key: "3.其他", quality: "short" });
    expect(match("法人或其他")).toBeNull();
  });

  it("matches a damaged label partially, and only when one label clearly fits", () => {
    expect(match("（二）部分公开（区分处理的，")).toEqual({
      key: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      quality: "partial",
    });
    expect(match("属于国家机密")).toEqual({ key: "1.属于国家秘密", quality: "partial" });
    expect(match("本机关不掌握")).toBeNull();
  });

  it("tells whether a text is a whole label", () => {
    expect(equalsLabel(normaliseLabel("(七) 总计"), rows)).toBe("（七）总计");
    expect(equalsLabel(normaliseLabel("三、本年度办理结果"), rows)).toBeNull();
  });
});
