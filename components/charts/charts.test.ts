import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { BarListChart } from "./bar-list-chart";
import { ColumnChart } from "./column-chart";

const series = [
  { key: "received", label: "本年新收" },
  { key: "carriedIn", label: "上年结转" },
];

describe("the column chart", () => {
  it("keeps a year without data in its place, marked, and says so to screen readers", async () => {
    const html = renderToStaticMarkup(
      createElement(ColumnChart, {
        id: "c",
        title: "历年申请",
        categories: ["2020", "2021", "2022"],
        series,
        values: [[3, 1], null, [8, 0]],
        absentLabel: "未发布",
      }),
    );
    const columns = html.match(/class="cc-category[^"]*"/g);
    expect(columns).toEqual(['class="cc-category"', 'class="cc-category cc-absent"', 'class="cc-category"']);
    expect(html).toContain("<span>未发布</span>");
    expect(html).toContain(
      'aria-label="历年申请。2020：本年新收3，上年结转1；2021：未发布；2022：本年新收8，上年结转0"',
    );
    // The tallest column reaches the top of a 1-2-5 axis: 8 of 10.
    expect(html).toContain("height:80.00%");
  });

  it("says 暂无数据 instead of drawing empty axes", async () => {
    const html = renderToStaticMarkup(
      createElement(ColumnChart, { id: "c", title: "历年申请", categories: ["2020"], series, values: [[null, null]] }),
    );
    expect(html).toContain("暂无数据");
    expect(html).not.toContain("cc-plot");
  });
});

describe("the bar list chart", () => {
  it("writes each value and share beside its bar", async () => {
    const html = renderToStaticMarkup(
      createElement(BarListChart, {
        id: "b",
        title: "构成",
        items: [
          { key: "a", label: "予以公开", value: 3 },
          { key: "b", label: "部分公开", value: 1 },
        ],
        unit: "件",
      }),
    );
    expect(html).toContain("3件（75.0%）");
    expect(html).toContain("1件（25.0%）");
  });

  it("says 暂无数据 when every item is 0 or empty", async () => {
    const zeros = renderToStaticMarkup(
      createElement(BarListChart, { id: "b", title: "构成", items: [{ key: "a", label: "予以公开", value: 0 }] }),
    );
    expect(zeros).toContain("暂无数据");
    expect(zeros).toContain("各项均为 0");
    expect(zeros).not.toContain("bl-row");
    const empty = renderToStaticMarkup(
      createElement(BarListChart, { id: "b", title: "构成", items: [{ key: "a", label: "予以公开", value: null }] }),
    );
    expect(empty).toContain("暂无数据");
    expect(empty).not.toContain("各项均为 0");
  });
});
