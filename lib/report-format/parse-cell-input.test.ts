import { describe, expect, it } from "vitest";
import { getCellDefinition } from "./cells";
import { parseCellInput } from "./parse-cell-input";
import type { CellDefinition } from "./types";

function cell(format: "2019" | "2021", key: string): CellDefinition {
  const definition = getCellDefinition(format, key);
  if (!definition) throw new Error(`no cell ${key}`);
  return definition;
}

const total = cell("2021", "applications.3.7.natural");
const change = cell("2019", "art20_5.licensing.change");
const fees = cell("2021", "art20_8.fees.amount");
const procurement = cell("2019", "art20_9.procurement.amount");

function valueOf(raw: string, target: CellDefinition) {
  const result = parseCellInput(raw, target);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function messageOf(raw: string, target: CellDefinition) {
  const result = parseCellInput(raw, target);
  if (result.ok) throw new Error(`"${raw}" was accepted as ${String(result.value)}`);
  return result.message;
}

describe("parseCellInput: counts", () => {
  it.each([
    ["0", 0],
    ["42", 42],
    ["０１２３", 123],
    ["1,234", 1234],
    ["1，234", 1234],
    ["12,345,678", 12345678],
    [" 7 ", 7],
    ["\u30007\u3000", 7],
    ["1 234", 1234],
    ["007", 7],
    ["+5", 5],
    ["＋5", 5],
    ["3.0", 3],
    ["-0", 0],
    ["2147483647", 2147483647],
  ])("reads %j as %j", (raw, expected) => {
    expect(valueOf(raw, total)).toBe(expected);
  });

  it.each(["", "   ", "\u3000"])("reads %j as blank", (raw) => {
    expect(valueOf(raw, total)).toBeNull();
  });

  it("refuses a decimal, naming the cell", () => {
    expect(messageOf("1.5", total)).toBe("「（七）总计·自然人」须为整数（填写的是“1.5”）");
  });

  it("refuses a negative count", () => {
    expect(messageOf("-3", total)).toBe("「（七）总计·自然人」不能为负数（填写的是“-3”）");
    expect(messageOf("－3", total)).toContain("不能为负数");
  });

  it.each(["abc", "<script>", "1e5", "12a", "--1", "一百", "."])("refuses %j as not a number", (raw) => {
    expect(messageOf(raw, total)).toContain("不是数字");
    expect(messageOf(raw, total)).toMatch(/^「（七）总计·自然人」/);
  });

  it("refuses a number beyond a PostgreSQL integer", () => {
    expect(messageOf("2147483648", total)).toContain("超出上限 2147483647");
    const huge = messageOf("9".repeat(100), total);
    expect(huge).toContain("超出上限");
    expect(huge.length).toBeLessThan(120);
  });

  it("refuses misplaced thousands separators", () => {
    expect(messageOf("12,34", total)).toContain("千位分隔符位置不对");
    expect(messageOf("1,2345", total)).toContain("千位分隔符位置不对");
  });
});

describe("parseCellInput: signed", () => {
  it.each([
    ["-3", -3],
    ["－12", -12],
    ["−4", -4],
    ["+2", 2],
    ["-1,000", -1000],
    ["-2147483647", -2147483647],
  ])("reads %j as %j", (raw, expected) => {
    expect(valueOf(raw, change)).toBe(expected);
  });

  it("refuses decimals and out-of-range values", () => {
    expect(messageOf("-1.5", change)).toBe("「第二十条第（五）项·行政许可·本年增/减」须为整数（填写的是“-1.5”）");
    expect(messageOf("-2147483648", change)).toContain("超出上限");
  });
});

describe("parseCellInput: money", () => {
  it.each([
    ["24252.311082", "24252.311082"],
    ["0", "0"],
    ["0.50", "0.5"],
    ["100.000", "100"],
    [".5", "0.5"],
    ["1,234.5", "1234.5"],
    ["７３８０２８９５．９０", "73802895.9"],
    ["00012.3", "12.3"],
    ["1.5000000", "1.5"],
    ["99999999999999.999999", "99999999999999.999999"],
  ])("reads %j as the decimal string %j", (raw, expected) => {
    expect(valueOf(raw, fees)).toBe(expected);
    expect(valueOf(raw, procurement)).toBe(expected);
  });

  it("refuses 7 decimals", () => {
    expect(messageOf("1.1234567", fees)).toBe(
      "「第二十条第（八）项·行政事业性收费·本年收费金额（单位：万元）」只能填写不小于 0 的数（单位：万元），最多 6 位小数，“1.1234567” 有 7 位小数",
    );
  });

  it("refuses more than 14 integer digits, negative amounts and text", () => {
    expect(messageOf("100000000000000", fees)).toContain("整数部分超过 14 位");
    expect(messageOf("9".repeat(100), procurement)).toContain("整数部分超过 14 位");
    expect(messageOf("-0.5", fees)).toContain("不能为负数");
    expect(messageOf("<script>", procurement)).toBe(
      "「第二十条第（九）项·政府集中采购·采购总金额」只能填写不小于 0 的数，最多 6 位小数，“<script>” 不是数字",
    );
    expect(messageOf("12元", procurement)).toContain("不是数字");
  });
});
