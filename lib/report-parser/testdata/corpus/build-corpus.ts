// Writes the corpus reproductions (corpus-specs.ts) into this folder:
// `npx tsx lib/report-parser/testdata/corpus/build-corpus.ts`. Deterministic: the same files each time.
import { writeFileSync } from "node:fs";
import { validateReport } from "@/lib/report-format";
import { buildCorpusTruth, CORPUS } from "./corpus-specs";

const directory = new URL("./", import.meta.url);
for (const entry of CORPUS) {
  const truth = buildCorpusTruth(entry);
  const { errors, warnings } = validateReport(truth);
  if (errors > 0 || warnings > 0)
    throw new Error(`${entry.id}: the report behind the reproduction breaks its own rules`);
  const content = entry.render(truth);
  writeFileSync(new URL(entry.file, directory), content);
  console.log(`${entry.file}\t${typeof content === "string" ? content.length : content.byteLength}`);
}
