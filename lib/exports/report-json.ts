// The interchange JSON (docs/interchange.md) with its keys in a fixed order, so that the
// same report always gives the same bytes (the CLI export, the public download, diffs between years).
import {
  getFormat,
  listLeafColumns,
  listLeafRows,
  type CellValue,
  type Report,
  type TextKey,
} from "@/lib/report-format";

/**
 * An object as its entries in writing order. JSON.stringify cannot be given an order: JavaScript
 * puts integer-like keys first, which would write applications row "4" before "3.1".
 */
type OrderedObject = readonly (readonly [string, JsonValue])[];
type JsonValue = string | number | null | OrderedObject;

const INDENT = "  ";

function writeJson(value: JsonValue, indent: string): string {
  if (!Array.isArray(value)) return JSON.stringify(value);
  const entries = value as OrderedObject;
  if (entries.length === 0) return "{}";
  const inner = indent + INDENT;
  const lines = entries.map(([key, child]) => `${inner}${JSON.stringify(key)}: ${writeJson(child, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

function orderCell(value: CellValue | undefined): JsonValue {
  if (value === undefined || value === null) return null;
  if (typeof value === "object")
    return [
      ["value", value.value],
      ["unit", value.unit],
    ];
  return value;
}

function orderReport(report: Report): OrderedObject {
  const format = getFormat(report.format);
  const texts: [string, JsonValue][] = [];
  const tables: [string, JsonValue][] = [];
  for (const section of format.sections) {
    if (section.content.kind === "text") {
      // A missing text means an empty section: it stays missing, as in the file that was imported.
      const text = report.texts[section.key as TextKey];
      if (text !== undefined) texts.push([section.key, text]);
      continue;
    }
    for (const table of section.content.tables) {
      const values = report.tables[table.key];
      const columns = listLeafColumns(table.columns);
      const rows = listLeafRows(table.rows).map(({ row }): [string, JsonValue] => [
        row.key,
        columns.map((column): [string, JsonValue] => [column.key, orderCell(values?.[row.key]?.[column.key])]),
      ]);
      tables.push([table.key, rows]);
    }
  }
  const agency: [string, JsonValue][] = [["name", report.agency.name]];
  if (report.agency.region !== undefined) agency.push(["region", report.agency.region]);
  return [
    ["schema", report.schema],
    ["format", report.format],
    ["year", report.year],
    ["kind", report.kind],
    ["agency", agency],
    ["texts", texts],
    ["tables", tables],
  ];
}

/**
 * The report as interchange JSON: 2-space indent, keys in format order, every table, row and
 * column of the format (a missing cell written as null, i.e. blank). No final newline, like the
 * published fixture and `JSON.stringify`: an exported file is byte for byte what was imported.
 */
export function renderReportJson(report: Report): string {
  return writeJson(orderReport(report), "");
}
