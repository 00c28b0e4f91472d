// Reads published 政府信息公开工作年度报告 (plain text copied from a page, HTML, .docx) back into
// interchange reports. No Node APIs (cheerio for HTML, mammoth for .docx): runs in the browser too.
//
// parsePublishedReport({ kind: "text" | "html", content }, options?) and parsePublishedDocx(bytes,
// options?) give a ParseResult: the report (null when the input is not a report, or its year or
// agency is unknown: options may supply them), and for every cell of the format a reading —
// found (read by its labels), guessed (read, but something was assumed: a partial label, a unit,
// a position), or missing (null, never invented) — with its source and raw text; the texts; the
// title fields; and the problems a person should look at, in Chinese.
export { parsePublishedReport } from "./parse-published-report";
export { parsePublishedDocx } from "./parse-published-docx";
export { describeSource } from "./describe-source";
export type * from "./types";
