import { describe, expect, it } from "vitest";
import { FORMAT_KEYS, getKeyFiguresOutline } from "@/lib/report-format";

describe("the key figures, read through the declaration", () => {
  it.each(FORMAT_KEYS)(
    "name the outcome kinds of format %s by their printed labels, each with the rows it adds up",
    (format) => {
      const outline = getKeyFiguresOutline(format);
      expect(outline.outcomes.map((kind) => kind.label)).toEqual([
        "予以公开",
        "部分公开",
        "不予公开",
        "无法提供",
        "不予处理",
        "其他处理",
      ]);
      expect(outline.outcomes.find((kind) => kind.label === "不予公开")?.rows).toHaveLength(8);
      expect(outline.outcomes.flatMap((kind) => kind.rows)).not.toContain("3.7");
      expect(outline.applicants.map((kind) => kind.label)).toEqual([
        "自然人",
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
      ]);
      expect(outline.chainColumns.at(-1)).toEqual({ key: "total", label: "总计" });
      expect(outline.cells).toMatchObject({
        received: "applications.1.total",
        handled: "applications.3.7.total",
        reviewsCorrected: "reviews.review.corrected",
      });
    },
  );

  it("counts the 2021 format's （六）其他处理 rows under one kind, and the 2019 format's single row", () => {
    expect(getKeyFiguresOutline("2021").outcomes.at(-1)?.rows.length).toBeGreaterThan(1);
    expect(getKeyFiguresOutline("2019").outcomes.at(-1)?.rows).toEqual(["3.6"]);
  });
});
