import { describe, expect, it } from "vitest";
import {
  countLeafColumns,
  countLeafRows,
  isColumnBand,
  isRowGroup,
  listLeafColumns,
  listLeafRows,
} from "./declaration-tree";
import { FORMAT_KEYS, formatForYear, getFormat, parseFormatKey } from "./format-registry";
import { listCellDefinitions, listCellKeys } from "./cells";
import { APPLICATIONS_NOTE } from "./formats/shared";
import type { FormatKey, TableDefinition } from "./types";

function findTable(format: FormatKey, key: string): TableDefinition {
  for (const section of getFormat(format).sections) {
    if (section.content.kind !== "tables") continue;
    const table = section.content.tables.find((candidate) => candidate.key === key);
    if (table) return table;
  }
  throw new Error(`no table ${key}`);
}

function shape(format: FormatKey, key: string) {
  const table = findTable(format, key);
  return {
    band: table.band,
    rows: listLeafRows(table.rows).map(({ row }) => `${row.key}:${row.label}`),
    columns: listLeafColumns(table.columns).map((column) => `${column.key}:${column.label}:${column.type}`),
  };
}

describe("parseFormatKey", () => {
  it("accepts the key of a registered format and refuses any other value with the known ones", () => {
    expect(parseFormatKey("2021")).toBe("2021");
    for (const value of ["2022", "", 2021, null])
      expect(() => parseFormatKey(value)).toThrow(`未知的报告格式 ${JSON.stringify(value)}（已知格式：2019、2021）`);
  });
});

describe("formatForYear", () => {
  it("uses 2019 up to 2020 and 2021 from 2021 on; nothing before 2019", () => {
    expect(formatForYear(2019)).toBe("2019");
    expect(formatForYear(2020)).toBe("2019");
    expect(formatForYear(2021)).toBe("2021");
    expect(formatForYear(2035)).toBe("2021");
    expect(formatForYear(2018)).toBeNull();
  });
});

describe("sections", () => {
  it.each(FORMAT_KEYS)("format %s has the six sections in order with their headings", (format) => {
    expect(getFormat(format).sections.map((section) => `${section.key}:${section.heading}`)).toEqual([
      "overview:一、总体情况",
      "proactive:二、主动公开政府信息情况",
      "applications:三、收到和处理政府信息公开申请情况",
      "reviews:四、政府信息公开行政复议、行政诉讼情况",
      "problems:五、存在的主要问题及改进情况",
      "other:六、其他需要报告的事项",
    ]);
  });

  it("lists the 二 tables of each format", () => {
    const tablesOf = (format: FormatKey) =>
      getFormat(format).sections.flatMap((section) =>
        section.content.kind === "tables" && section.key === "proactive"
          ? section.content.tables.map((table) => table.key)
          : [],
      );
    expect(tablesOf("2019")).toEqual(["art20_1", "art20_5", "art20_6", "art20_8", "art20_9"]);
    expect(tablesOf("2021")).toEqual(["art20_1", "art20_5", "art20_6", "art20_8"]);
  });
});

describe("section 二 tables", () => {
  it("declares format 2021 as the spec writes it", () => {
    expect(shape("2021", "art20_1")).toEqual({
      band: "第二十条第（一）项",
      rows: ["regulations:规章", "normative_docs:行政规范性文件"],
      columns: ["made:本年制发件数:count", "repealed:本年废止件数:count", "in_force:现行有效件数:count"],
    });
    expect(shape("2021", "art20_5")).toEqual({
      band: "第二十条第（五）项",
      rows: ["licensing:行政许可"],
      columns: ["decisions:本年处理决定数量:count"],
    });
    expect(shape("2021", "art20_6")).toEqual({
      band: "第二十条第（六）项",
      rows: ["penalty:行政处罚", "coercion:行政强制"],
      columns: ["decisions:本年处理决定数量:count"],
    });
    expect(shape("2021", "art20_8")).toEqual({
      band: "第二十条第（八）项",
      rows: ["fees:行政事业性收费"],
      columns: ["amount:本年收费金额（单位：万元）:money"],
    });
    expect(listCellDefinitions("2021").find((cell) => cell.key === "art20_8.fees.amount")?.units).toEqual(["万元"]);
  });

  it("declares format 2019 as the spec writes it", () => {
    expect(shape("2019", "art20_1")).toEqual({
      band: "第二十条第（一）项",
      rows: ["regulations:规章", "normative_docs:规范性文件"],
      columns: [
        "new_made:本年新制作数量:count",
        "new_published:本年新公开数量:count",
        "total_published:对外公开总数量:count",
      ],
    });
    const items = ["prev_items:上一年项目数量:count", "change:本年增/减:signed", "decisions:处理决定数量:count"];
    expect(shape("2019", "art20_5")).toEqual({
      band: "第二十条第（五）项",
      rows: ["licensing:行政许可", "other_services:其他对外管理服务事项"],
      columns: items,
    });
    expect(shape("2019", "art20_6")).toEqual({
      band: "第二十条第（六）项",
      rows: ["penalty:行政处罚", "coercion:行政强制"],
      columns: items,
    });
    expect(shape("2019", "art20_8")).toEqual({
      band: "第二十条第（八）项",
      rows: ["fees:行政事业性收费"],
      columns: items.slice(0, 2),
    });
    expect(shape("2019", "art20_9")).toEqual({
      band: "第二十条第（九）项",
      rows: ["procurement:政府集中采购"],
      columns: ["items:采购项目数量:count", "amount:采购总金额:money"],
    });
    expect(listCellDefinitions("2019").find((cell) => cell.key === "art20_9.procurement.amount")?.units).toEqual([
      "元",
      "万元",
    ]);
  });

  it.each(FORMAT_KEYS)("format %s heads every 二 table with 信息内容", (format) => {
    for (const section of getFormat(format).sections) {
      if (section.key !== "proactive" || section.content.kind !== "tables") continue;
      for (const table of section.content.tables) expect(table.corner).toBe("信息内容");
    }
  });
});

describe("applications table", () => {
  it("has the header note, the column bands and seven columns", () => {
    for (const format of FORMAT_KEYS) {
      const table = findTable(format, "applications");
      expect(table.corner).toBe(APPLICATIONS_NOTE);
      expect(APPLICATIONS_NOTE).toBe("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
      const [band] = table.columns;
      expect(band && isColumnBand(band) ? band.band : null).toBe("申请人情况");
      expect(band ? countLeafColumns(band) : 0).toBe(7);
      const organisations = band && isColumnBand(band) ? band.columns.find(isColumnBand) : undefined;
      expect(organisations?.band).toBe("法人或其他组织");
      expect(organisations ? listLeafColumns(organisations.columns).map((column) => column.label) : []).toEqual([
        "商业企业",
        "科研机构",
        "社会公益组织",
        "法律服务机构",
        "其他",
      ]);
      expect(listLeafColumns(table.columns).map((column) => column.key)).toEqual([
        "natural",
        "commercial",
        "research",
        "social",
        "legal",
        "other",
        "total",
      ]);
    }
  });

  // The spec's row list has 23 rows with cells in format 2019 and 25 in format 2021 (its "25 × 7" and
  // "27 × 7" contradict that list and its own rowspans of 20 and 22 under 三、本年度办理结果).
  it.each([
    ["2019", 23, 20],
    ["2021", 25, 22],
  ] as const)(
    "format %s has %i rows of seven cells; 三、本年度办理结果 spans %i printed rows",
    (format, rows, resultRows) => {
      const table = findTable(format, "applications");
      expect(listLeafRows(table.rows)).toHaveLength(rows);
      expect(listCellKeys(format).filter((key) => key.startsWith("applications."))).toHaveLength(rows * 7);
      const results = table.rows.find((node) => node.key === "3");
      expect(results && countLeafRows(results)).toBe(resultRows);
      expect(results?.label).toBe("三、本年度办理结果");
    },
  );

  it("has the official row labels and groups", () => {
    const table = findTable("2021", "applications");
    const labels = listLeafRows(table.rows).map(({ row, groups }) =>
      [...groups.map((group) => group.label), row.label].join(" / "),
    );
    expect(labels).toContain("三、本年度办理结果 / （三）不予公开 / 3.危及“三安全一稳定”");
    expect(labels).toContain("三、本年度办理结果 / （二）部分公开（区分处理的，只计这一情形，不计其他情形）");
    expect(labels).toContain(
      "三、本年度办理结果 / （六）其他处理 / 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    );
    expect(labels[0]).toBe("一、本年新收政府信息公开申请数量");
    expect(labels.at(-1)).toBe("四、结转下年度继续办理");
    const groupLabels = (format: FormatKey) =>
      findTable(format, "applications")
        .rows.filter(isRowGroup)
        .flatMap((group) => group.rows.filter(isRowGroup).map((child) => child.label));
    expect(groupLabels("2019")).toEqual(["（三）不予公开", "（四）无法提供", "（五）不予处理"]);
    expect(groupLabels("2021")).toEqual(["（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理"]);
  });
});

describe("reviews table", () => {
  it.each(FORMAT_KEYS)("format %s has 15 cells in three rows under 行政复议 and 行政诉讼", (format) => {
    const table = findTable(format, "reviews");
    expect(listCellKeys(format).filter((key) => key.startsWith("reviews."))).toHaveLength(15);
    expect(table.layout).toBe("rows-side-by-side");
    expect(table.rows.map((node) => node.label)).toEqual(["行政复议", "行政诉讼"]);
    expect(listLeafRows(table.rows).map(({ row }) => `${row.key}:${row.label}`)).toEqual([
      "review:行政复议",
      "suit_direct:未经复议直接起诉",
      "suit_after_review:复议后起诉",
    ]);
    expect(listLeafColumns(table.columns).map((column) => column.label)).toEqual([
      "结果维持",
      "结果纠正",
      "其他结果",
      "尚未审结",
      "总计",
    ]);
  });
});

describe("cells", () => {
  it.each(FORMAT_KEYS)("format %s computes exactly the total columns and row 3.7", (format) => {
    const computed = listCellDefinitions(format).filter((cell) => cell.computed);
    expect(computed.every((cell) => cell.column === "total" || cell.key.startsWith("applications.3.7."))).toBe(true);
    expect(computed.every((cell) => cell.table === "applications" || cell.table === "reviews")).toBe(true);
    const rows = format === "2019" ? 23 : 25;
    expect(computed).toHaveLength(rows + 6 + 3);
  });

  it.each(FORMAT_KEYS)("format %s gives every cell a unique key and label", (format) => {
    const cells = listCellDefinitions(format);
    expect(new Set(cells.map((cell) => cell.key)).size).toBe(cells.length);
    expect(new Set(cells.map((cell) => cell.label)).size).toBe(cells.length);
  });

  it("labels cells by band, qualifying group, row and column", () => {
    const label = (format: FormatKey, key: string) =>
      listCellDefinitions(format).find((cell) => cell.key === key)?.label;
    expect(label("2021", "applications.3.7.natural")).toBe("（七）总计·自然人");
    expect(label("2021", "art20_1.regulations.made")).toBe("第二十条第（一）项·规章·本年制发件数");
    expect(label("2019", "applications.3.3.1.legal")).toBe("（三）不予公开·1.属于国家秘密·法律服务机构");
    expect(label("2019", "applications.3.6.other")).toBe("（六）其他处理·其他");
    expect(label("2021", "applications.3.6.3.other")).toBe("（六）其他处理·3.其他·其他");
    expect(label("2021", "reviews.suit_after_review.total")).toBe("行政诉讼·复议后起诉·总计");
    expect(label("2019", "art20_9.procurement.amount")).toBe("第二十条第（九）项·政府集中采购·采购总金额");
  });

  it("lists cells in format order: tables in section order, then rows, then columns", () => {
    const keys = listCellKeys("2019");
    expect(keys.slice(0, 4)).toEqual([
      "art20_1.regulations.new_made",
      "art20_1.regulations.new_published",
      "art20_1.regulations.total_published",
      "art20_1.normative_docs.new_made",
    ]);
    expect(keys.indexOf("applications.3.6.total")).toBeLessThan(keys.indexOf("applications.3.7.natural"));
    expect(keys.indexOf("applications.4.total")).toBeLessThan(keys.indexOf("reviews.review.upheld"));
    expect(keys.at(-1)).toBe("reviews.suit_after_review.total");
    expect(listCellKeys("2021")).toHaveLength(6 + 1 + 2 + 1 + 25 * 7 + 15);
    expect(keys).toHaveLength(6 + 6 + 6 + 2 + 2 + 23 * 7 + 15);
  });
});
