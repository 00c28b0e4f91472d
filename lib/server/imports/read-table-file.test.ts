import { describe, expect, it } from "vitest";
import { parseCsv, readTableFile } from "./read-table-file";

describe("parseCsv", () => {
  it("reads quoted fields with commas, quotes and line breaks, and CRLF lines", () => {
    expect(parseCsv('名称,上级\r\n"甲,乙",丙\r\n"说""明",\n"多\n行",x')).toEqual([
      ["名称", "上级"],
      ["甲,乙", "丙"],
      ['说"明', ""],
      ["多\n行", "x"],
    ]);
  });
});

describe("readTableFile", () => {
  it("reads CSV saved by Chinese Excel in GBK as well as UTF-8 with a BOM", async () => {
    const gbk = Uint8Array.from([0xc3, 0xfb, 0xb3, 0xc6, 0x0d, 0x0a]); // 名称\r\n in GBK
    expect(await readTableFile({ fileName: "a.CSV", bytes: gbk })).toEqual({ ok: true, rows: [["名称"]] });
    const utf8 = new TextEncoder().encode("\ufeff名称,代码\n");
    expect(await readTableFile({ fileName: "b.csv", bytes: utf8 })).toEqual({ ok: true, rows: [["名称", "代码"]] });
  });

  it("refuses other files and broken spreadsheets", async () => {
    expect(await readTableFile({ fileName: "a.doc", bytes: new Uint8Array(1) })).toMatchObject({ ok: false });
    expect(await readTableFile({ fileName: "a.xlsx", bytes: new TextEncoder().encode("not a zip") })).toMatchObject({
      ok: false,
      message: expect.stringContaining("无法读取"),
    });
  });
});
