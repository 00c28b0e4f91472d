import "server-only";
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "@/lib/format-date";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import { describeBoardStatus, describeDeadline, describeRate } from "./board-labels";
import type { DeadlineBoard } from "./get-deadline-board";

// The deadline board as an Excel workbook: the agencies on one sheet, the reporting rates on another.

export async function buildBoardWorkbook(board: DeadlineBoard): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("报送进度");
  sheet.addRow([`${board.government.name} ${board.year.year} 年度政府信息公开工作年度报告报送进度`]);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const header = sheet.addRow(["机构", "类型", "状态", "截止日期", "期限", "首次发布", "最后活动", "错误", "警告"]);
  header.font = { bold: true };
  for (const row of board.rows) {
    sheet.addRow([
      `${"　".repeat(row.depth)}${row.name}`,
      AGENCY_KIND_LABELS[row.kind],
      describeBoardStatus(row),
      formatDate(row.deadline),
      describeDeadline(row),
      row.publishedAt ? formatDate(row.publishedAt) : "",
      row.lastActivity ? formatDateTime(row.lastActivity) : "",
      row.errors ?? "",
      row.warnings ?? "",
    ]);
  }
  sheet.columns.forEach((column, index) => (column.width = [40, 8, 14, 18, 14, 18, 22, 8, 8][index]));
  sheet.views = [{ state: "frozen", ySplit: 2 }];

  const rates = workbook.addWorksheet("报送率");
  rates.addRow(["范围", "应报", "已发布", "按时发布", "报送率"]).font = { bold: true };
  for (const rate of [board.rates.overall, ...board.rates.byLevel, ...board.rates.byGovernment]) {
    rates.addRow([rate.label, rate.expected, rate.published, rate.onTime, describeRate(rate)]);
  }
  rates.columns.forEach((column, index) => (column.width = [40, 10, 10, 10, 10][index]));
  return workbook;
}
