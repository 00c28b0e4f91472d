// The corpus read back: each reproduction parsed from its file and scored against the report it
// was made from — cells read right, cells marked found but wrong (must be none), metadata.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { listCellDefinitions } from "@/lib/report-format";
import { parsePublishedFile } from "../../parse-published-file";
import type { ParseResult } from "../../types";
import { buildCorpusTruth, CORPUS, type CorpusEntry } from "./corpus-specs";

export interface CorpusScore {
  entry: CorpusEntry;
  result: ParseResult;
  cells: number;
  right: number;
  found: number;
  wrongFound: string[];
  wrongGuessed: number;
  missing: number;
  metadata: Record<"agency" | "year" | "kind" | "published" | "title", { ok: boolean; shown: string }>;
  milliseconds: number;
}

export async function scoreEntry(entry: CorpusEntry): Promise<CorpusScore> {
  const truth = buildCorpusTruth(entry);
  const bytes = readFileSync(new URL(entry.file, import.meta.url));
  const started = performance.now();
  const result = await parsePublishedFile(entry.file, bytes);
  const milliseconds = performance.now() - started;
  let right = 0;
  let found = 0;
  let wrongGuessed = 0;
  let missing = 0;
  const wrongFound: string[] = [];
  const definitions = listCellDefinitions(entry.format);
  for (const definition of definitions) {
    const reading = result.cells[definition.key];
    const expected = truth.tables[definition.table]?.[definition.row]?.[definition.column] ?? null;
    if (!reading || reading.status === "missing") {
      missing++;
      continue;
    }
    const same = isDeepStrictEqual(reading.value, expected);
    if (same) right++;
    if (reading.status === "found") {
      found++;
      if (!same) wrongFound.push(`${definition.key}: ${JSON.stringify(reading.value)} ≠ ${JSON.stringify(expected)}`);
    } else if (!same) wrongGuessed++;
  }
  const { agency, year, kind, published, title } = result.fields;
  const show = (reading: { value: unknown; status: string }) =>
    reading.value === null ? `（${reading.status}）` : `${String(reading.value)}（${reading.status}）`;
  return {
    entry,
    result,
    cells: definitions.length,
    right,
    found,
    wrongFound,
    wrongGuessed,
    missing,
    metadata: {
      agency: { ok: agency.value === entry.agency, shown: show(agency) },
      year: { ok: year.value === entry.year, shown: show(year) },
      kind: { ok: kind.value === entry.kind, shown: show(kind) },
      published: {
        ok: published.value === entry.published || (entry.published === null && published.status !== "found"),
        shown: show(published),
      },
      title: { ok: title.value !== null, shown: show(title) },
    },
    milliseconds,
  };
}

export async function scoreCorpus(): Promise<CorpusScore[]> {
  const scores: CorpusScore[] = [];
  for (const entry of CORPUS) scores.push(await scoreEntry(entry));
  return scores;
}
