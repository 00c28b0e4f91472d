import "server-only";
import ExcelJS from "exceljs";

// The rows of an uploaded CSV or XLSX file as text cells. CSV from Chinese Excel is often GBK:
// bytes that are not valid UTF-8 are read as GBK.

export type TableFile = { fileName: string; bytes: Uint8Array };
export type TableRows = { ok: true; rows: string[][] } | { ok: false; message: string };

const MAX_BYTES = 5 * 1024 * 1024;

export async function readTableFile(file: TableFile): Promise<TableRows> {
  if (file.bytes.byteLength > MAX_BYTES) return { ok: false, message: "文件超过 5 MB" };
  const name = file.fileName.toLowerCase();
  if (name.endsWith(".xlsx")) return readXlsx(file.bytes);
  if (name.endsWith(".csv") || name.endsWith(".txt")) return { ok: true, rows: parseCsv(decodeText(file.bytes)) };
  return { ok: false, message: "只支持 .csv 和 .xlsx 文件" };
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("gbk").decode(bytes);
  }
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[index + 1] === "\n") index++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field !== "" || row.length) rows.push([...row, field]);
  return rows;
}

async function readXlsx(bytes: Uint8Array): Promise<TableRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: "无法读取该 Excel 文件（请另存为 .xlsx 格式）" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: "Excel 文件中没有工作表" };
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) values.push(row.getCell(column).text ?? "");
    rows[number - 1] = values;
  });
  return { ok: true, rows: Array.from(rows, (row) => row ?? []) };
}
