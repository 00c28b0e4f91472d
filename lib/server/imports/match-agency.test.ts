import { describe, expect, it } from "vitest";
import { matchAgency, scoreAgencyName } from "./match-agency";

const agencies = [
  { id: "kjj", name: "本溪市科技局", formerNames: [] },
  { id: "tjj", name: "本溪市统计局", formerNames: [] },
  { id: "yjj", name: "本溪市应急管理局", formerNames: ["本溪市安全生产监督管理局"] },
  { id: "czj", name: "本溪市财政局", formerNames: [] },
  { id: "jyj", name: "本溪市教育局", formerNames: [] },
  { id: "hr-jyj", name: "桓仁县教育局", formerNames: [] },
];

describe("matching a printed agency name", () => {
  it("is certain only of an equal name, after spaces, punctuation and full-width forms", () => {
    const spaced = matchAgency("本溪市 统计局", agencies);
    expect(spaced.confidence).toBe("exact");
    expect(spaced.matches[0]).toMatchObject({ agencyId: "tjj", score: 1 });
    // Another agency of the same city is close, never equal.
    expect(spaced.matches.find((match) => match.agencyId === "kjj")?.score).toBeLessThan(0.9);
    expect(scoreAgencyName("本溪市（科技局）", "本溪市科技局")).toBe(1);
  });

  it("finds a renamed agency by its former name", () => {
    const renamed = matchAgency("本溪市安全生产监督管理局", agencies);
    expect(renamed.confidence).toBe("exact");
    expect(renamed.matches[0]).toMatchObject({
      agencyId: "yjj",
      name: "本溪市应急管理局",
      matchedName: "本溪市安全生产监督管理局",
    });
  });

  it("proposes a full name for its short form, and traditional characters for simplified ones, to be confirmed", () => {
    const full = matchAgency("本溪市科学技术局", agencies);
    expect(full.confidence).toBe("similar");
    expect(full.matches[0]).toMatchObject({ agencyId: "kjj" });
    expect(full.matches[0]!.score).toBeLessThan(1);
    const traditional = matchAgency("本溪市財政局", agencies);
    expect(traditional.confidence).toBe("similar");
    expect(traditional.matches[0]).toMatchObject({ agencyId: "czj" });
    // A homophone typo reads alike in pinyin.
    expect(matchAgency("本溪市财正局", agencies).matches[0]).toMatchObject({ agencyId: "czj" });
  });

  it("does not choose between equally close agencies, nor propose a distant one", () => {
    const ambiguous = matchAgency("教育局", agencies);
    expect(ambiguous.confidence).toBe("none");
    expect(ambiguous.matches.map((match) => match.agencyId).sort()).toEqual(["hr-jyj", "jyj"]);
    expect(matchAgency("本溪市档案馆", agencies)).toEqual({ matches: [], confidence: "none" });
    expect(matchAgency(null, agencies)).toEqual({ matches: [], confidence: "none" });
  });

  it("scores symmetric and within 0…1", () => {
    for (const [a, b] of [
      ["本溪市科学技术局", "本溪市科技局"],
      ["青河区卫生健康委员会", "青河区卫生和计划生育委员会"],
      ["x", "本溪市"],
    ] as const) {
      const score = scoreAgencyName(a, b);
      expect(score).toBe(scoreAgencyName(b, a));
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThan(1);
    }
  });
});
