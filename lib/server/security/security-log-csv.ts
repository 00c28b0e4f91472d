import "server-only";
import { SECURITY_EVENT_LABELS } from "@/lib/security-event-labels";
import type { SecurityEventRow } from "./list-security-events";

const timeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hour12: false,
});

/** A spreadsheet opens it as text: no cell may start a formula (=, +, -, @). */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The rows as CSV (UTF-8 with a byte order mark, so that Excel reads the Chinese right). */
export function securityLogCsv(rows: SecurityEventRow[]): string {
  const lines = [["时间（北京时间）", "事件", "事件代码", "账号邮箱", "操作人", "客户端地址", "详情"].join(",")];
  for (const row of rows) {
    lines.push(
      [
        timeFormat.format(row.at),
        SECURITY_EVENT_LABELS[row.kind] ?? row.kind,
        row.kind,
        row.email ?? "",
        row.actor ?? "",
        row.clientAddress ?? "",
        row.detail ? JSON.stringify(row.detail) : "",
      ]
        .map(cell)
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
