import { describe, expect, it } from "vitest";
import { getCellDefinition, type CellDefinition } from "@/lib/report-format";
import { classifyCellText, readCellValue, readHeaderUnit } from "./read-cell-value";

function definition(format: "2019" | "2021", key: string): CellDefinition {
  const found = getCellDefinition(format, key);
  if (!found) throw new Error(key);
  return found;
}

const count = definition("2021", "applications.1.natural");
const signed = definition("2019", "art20_5.licensing.change");
const fees = definition("2021", "art20_8.fees.amount");
const procurement = definition("2019", "art20_9.procurement.amount");

describe("classifyCellText", () => {
  it.each([
    ["", "blank"],
    ["  ", "blank"],
    ["0", "number"],
    ["１２", "number"],
    ["1,234", "number"],
    ["73802895.90元", "number"],
    ["5 件", "number"],
    ["—", "placeholder"],
    ["/", "placeholder"],
    ["无", "placeholder"],
    ["1.属于国家秘密", "label"],
    ["自然 人", "label"],
  ])("%j is %s", (text, kind) => {
    expect(classifyCellText(text)).toBe(kind);
  });
});

describe("readCellValue", () => {
  it("reads counts as clerks print them", () => {
    expect(readCellValue("１２", count, null)).toEqual({ value: 12, status: "found" });
    expect(readCellValue("1，234", count, null)).toEqual({ value: 1234, status: "found" });
    expect(readCellValue("7件", count, null)).toEqual({ value: 7, status: "found" });
    expect(readCellValue("-3", signed, null)).toEqual({ value: -3, status: "found" });
  });

  it("refuses what is not a value of the cell, with the reason", () => {
    expect(readCellValue("-3", count, null)).toMatchObject({ value: null, status: "missing" });
    expect(readCellValue("5万元", count, null)).toMatchObject({
      value: null,
      status: "missing",
      note: expect.stringContaining("金额单位"),
    });
    expect(readCellValue("—", count, null)).toMatchObject({
      value: null,
      status: "missing",
      note: "原文为“—”，不是数字",
    });
    expect(readCellValue("", count, null)).toEqual({ value: null, status: "missing", note: "单元格为空" });
  });

  it("keeps money exact and in its unit", () => {
    expect(readCellValue("24252.311082", fees, null)).toEqual({ value: "24252.311082", status: "found" });
    expect(readCellValue("24252.311082万元", fees, null)).toEqual({ value: "24252.311082", status: "found" });
    expect(readCellValue("1,500元", fees, null)).toMatchObject({ value: "0.15", status: "guessed" });
    expect(readCellValue("0.5元", fees, null)).toMatchObject({ value: "0.00005", status: "guessed" });
    expect(readCellValue("73802895.90元", procurement, null)).toEqual({
      value: { value: "73802895.9", unit: "元" },
      status: "found",
    });
    expect(readCellValue("12.5", procurement, "万元")).toEqual({
      value: { value: "12.5", unit: "万元" },
      status: "found",
    });
    expect(readCellValue("12.5", procurement, null)).toMatchObject({
      value: { value: "12.5", unit: "元" },
      status: "guessed",
    });
    expect(readCellValue("1.1234567", fees, null)).toMatchObject({ value: null, status: "missing" });
  });

  it("reads the unit a header states", () => {
    expect(readHeaderUnit("本年收费金额（单位：万元）")).toBe("万元");
    expect(readHeaderUnit("采购总金额(元)")).toBe("元");
    expect(readHeaderUnit("采购总金额")).toBeNull();
  });
});
