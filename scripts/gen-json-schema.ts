// Writes docs/report-v1.schema.json from the zod schema (run after changing a format declaration:
// `npx tsx scripts/gen-json-schema.ts`; a unit test fails while the committed file is out of date).
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildReportJsonSchema } from "@/lib/report-format";

const target = fileURLToPath(new URL("../docs/report-v1.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(buildReportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
