import { createElement, Fragment, type ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { ReportDocument } from "@/components/report/report-document";
import { listCellKeys } from "@/lib/report-format";
import { readFixtureReport } from "@/lib/exports/test-support";
import { renderToHtml } from "./render-to-html";

describe("renderToHtml", () => {
  it("escapes text and attribute values", async () => {
    const html = await renderToHtml(createElement("p", { title: `"<b>&'` }, "<script>alert(1)</script> & more"));
    expect(html).toBe(`<p title="&quot;&lt;b&gt;&amp;'">&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>`);
  });

  it("maps React prop names, writes booleans as bare attributes and leaves out false and null", async () => {
    const html = await renderToHtml(
      createElement("td", {
        className: "num",
        colSpan: 2,
        rowSpan: 3,
        hidden: true,
        "aria-sort": "ascending",
        "data-cell": "a.b.c",
        title: null,
        draggable: false,
      }),
    );
    expect(html).toBe(`<td class="num" colspan="2" rowspan="3" hidden aria-sort="ascending" data-cell="a.b.c"></td>`);
  });

  it("writes void elements without a closing tag and SVG attributes in their own case", async () => {
    expect(await renderToHtml(createElement("input", { type: "search", name: "q", defaultValue: "科学" }))).toBe(
      `<input type="search" name="q" value="科学">`,
    );
    expect(
      await renderToHtml(
        createElement(
          "svg",
          { viewBox: "0 0 10 10" },
          createElement("text", { textAnchor: "end", strokeWidth: 1 }, "1"),
        ),
      ),
    ).toBe(`<svg viewBox="0 0 10 10"><text text-anchor="end" stroke-width="1">1</text></svg>`);
  });

  it("renders components, async components, fragments, arrays and numbers", async () => {
    const Item = ({ label }: { label: string }) => createElement("li", null, label);
    const Later = async ({ children }: { children: ReactNode }) => createElement("ul", null, children);
    const tree = createElement(
      Later,
      null,
      createElement(
        Fragment,
        null,
        [createElement(Item, { key: "a", label: "甲" }), createElement(Item, { key: "b", label: "乙" })],
        0,
        null,
        false,
      ),
    );
    expect(await renderToHtml(tree)).toBe("<ul><li>甲</li><li>乙</li>0</ul>");
  });

  it("refuses raw HTML and event handlers: public pages have neither", async () => {
    await expect(
      renderToHtml(createElement("div", { dangerouslySetInnerHTML: { __html: "<b>x</b>" } })),
    ).rejects.toThrow(/dangerouslySetInnerHTML/);
    await expect(renderToHtml(createElement("button", { onClick: () => {} }))).rejects.toThrow(/client JavaScript/);
  });

  it("keeps CSS raw in <style> but refuses content that would close it", async () => {
    expect(await renderToHtml(createElement("style", null, "a>b{color:red}"))).toBe("<style>a>b{color:red}</style>");
    await expect(renderToHtml(createElement("style", null, "</style><script>"))).rejects.toThrow(/close/);
  });

  it("renders the official layout of the fixture with every cell marked", async () => {
    const report = readFixtureReport();
    const html = await renderToHtml(createElement(ReportDocument, { report }));
    expect(html.match(/data-cell="/g)).toHaveLength(listCellKeys(report.format).length);
    expect(html).toContain("本列数据的勾稽关系为");
    expect(html).toContain('<td data-cell="art20_1.normative_docs.total_published">298</td>');
  });
});
