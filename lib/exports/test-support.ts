// For the export tests only: sample reports and a look inside the zip of a .docx or .xlsx.
// The reports: the published fixture (format 2019), and one built here in format 2021 whose cells
// all differ, so that a value written to the wrong cell cannot go unnoticed.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inflateRawSync } from "node:zlib";
import { emptyReport, listCellDefinitions, parseReportJson, type CellValue, type Report } from "@/lib/report-format";

const FIXTURE_PATH = fileURLToPath(new URL("../../prisma/fixtures/benxi-science-bureau-2020.json", import.meta.url));
export const FEES_AMOUNT = "24252.311082";

export function readFixtureText(): string {
  return readFileSync(FIXTURE_PATH, "utf8");
}

export function readFixtureReport(): Report {
  const parsed = parseReportJson(readFixtureText());
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.report;
}

/** Format 2021, every count different (1, 2, 3 … in format order) and the fees in 万元 with six decimals. */
export function buildDistinctReport2021(): Report {
  const report = emptyReport("2021", 2023, "本溪市测试局");
  report.agency.region = "辽宁省本溪市";
  report.texts = {
    overview: "2023 年，本局依法公开政府信息。\n\n（一）主动公开情况。\n全年公开信息 412 条。",
    problems: "一是公开不够及时。\n\n二是渠道单一。",
    other: "本年度收取信息处理费 0 元。",
  };
  listCellDefinitions("2021").forEach((cell, index) => {
    const value: CellValue = cell.type === "money" ? FEES_AMOUNT : index + 1;
    const row = report.tables[cell.table]?.[cell.row];
    if (!row) throw new Error(`emptyReport has no row for ${cell.key}`);
    row[cell.column] = value;
  });
  return report;
}

/** The fixture with a negative 本年增/减, texts that look like spreadsheet formulas and an amount in 元. */
export function buildHostileReport2019(): Report {
  const report = readFixtureReport();
  report.agency.name = "+本溪市科学技术局";
  report.texts = {
    overview: '=HYPERLINK("http://example.com/steal","点此查看")\n\n第二段。',
    problems: "@SUM(1+1)*cmd|' /C calc'!A0",
    other: "-2+3",
  };
  const licensing = report.tables.art20_5?.licensing;
  const procurement = report.tables.art20_9?.procurement;
  if (!licensing || !procurement) throw new Error("fixture lacks art20_5 or art20_9");
  licensing.change = -3;
  procurement.amount = { value: "73802895.9", unit: "元" };
  return report;
}

/** The files of a zip archive (OOXML packages are zips), read through its central directory. */
export function readZipEntries(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    const local = zip.readUInt32LE(at + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    entries.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    at += 46 + skip;
  }
  return entries;
}
