import { readFileSync } from "node:fs";
import { parsePublishedReport } from "@/lib/report-parser";
const text = readFileSync("/work/shared/fixtures/benxi-science-bureau-2020.txt", "utf8");
const r = parsePublishedReport({ kind: "text", content: text });
const expected = JSON.parse(readFileSync("/work/shared/fixtures/benxi-science-bureau-2020.json", "utf8"));
console.log(JSON.stringify(r.report) === JSON.stringify(expected));
console.log(r.problems, r.fields);
for (const [k, c] of Object.entries(r.cells)) if (c.status !== "found") console.log(k, c);
console.log(JSON.stringify(r.report?.texts) === JSON.stringify(expected.texts));
