// Reads published 政府信息公开工作年度报告 (plain text copied from a page, HTML, .docx) back into
// interchange reports. Pure TypeScript apart from mammoth for .docx: runs in the browser too.
export { parsePublishedReport, parseDocument } from "./parse-published-report";
export { parsePublishedDocx } from "./parse-published-docx";
export { describeSource } from "./describe-source";
export type * from "./types";
