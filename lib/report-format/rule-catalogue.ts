// Every rule of docs/report-formats.md with its level and a one-line Chinese title (for
// rule lists in the UI and documentation). Which cells each rule reads is in the format declarations.
import type { RuleId, RuleLevel } from "./types";

export interface RuleDescription {
  level: RuleLevel;
  title: string;
}

export const RULES: Readonly<Record<RuleId, RuleDescription>> = {
  "cell.blank": { level: "error", title: "每个单元格都要填写，没有发生的填 0" },
  "cell.invalid": { level: "error", title: "单元格的值要符合其类型（不小于 0 的整数、整数或金额）" },
  "applications.row-total": { level: "error", title: "申请情况每行的总计等于各类申请人之和" },
  "applications.result-total": { level: "error", title: "（七）总计等于各项办理结果之和" },
  "applications.balance": { level: "error", title: "第一项加第二项之和等于第三项加第四项之和" },
  "reviews.total": { level: "error", title: "行政复议、行政诉讼的总计等于各项结果之和" },
  "applications.other-share": { level: "warning", title: "（六）其他处理不超过（七）总计的 10%（总计不少于 10 件时）" },
  "proactive.made-vs-in-force": { level: "warning", title: "本年制发件数不大于现行有效件数与本年废止件数之和" },
  "proactive.prev-plus-change": { level: "warning", title: "上一年项目数量加本年增/减不小于 0" },
  "proactive.published-vs-total": { level: "warning", title: "本年新公开数量不大于对外公开总数量" },
  "text.required": { level: "error", title: "必填的文字部分不能为空" },
  "text.overview-length": { level: "warning", title: "总体情况篇幅原则上不超过一千字" },
  "text.fees-statement": { level: "warning", title: "其他需要报告的事项要说明信息处理费的收取情况" },
  "text.figures": { level: "warning", title: "正文写明的数字与表格一致" },
  "cross-year.carry-over": { level: "warning", title: "上年结转数等于上一年度的结转下年度继续办理数" },
  "cross-year.in-force": { level: "warning", title: "现行有效件数等于上年现行有效件数加本年制发减本年废止" },
  "cross-year.prev-items": { level: "warning", title: "上一年项目数量等于上一年度报告的项目数量加增/减" },
  "cross-year.total-published": { level: "warning", title: "对外公开总数量等于上年总数量加本年新公开数量" },
  "text.repeated": { level: "warning", title: "存在的主要问题及改进情况不得与上一年度雷同" },
  "summary.sum-of-members": { level: "warning", title: "汇总报告每个单元格等于下级报告之和" },
};
