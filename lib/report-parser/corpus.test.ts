// The corpus of reproduced real reports (docs/parser-corpus.md; `npm run bench -- parse-corpus`
// prints the same figures file by file): at least 95% of the cells read right, none found wrong,
// and the metadata each source prints read back.
import { describe, expect, it } from "vitest";
import { CORPUS } from "./testdata/corpus/corpus-specs";
import { scoreCorpus, type CorpusScore } from "./testdata/corpus/read-corpus";

describe("the parser corpus", () => {
  let scores: CorpusScore[] = [];

  it("holds at least 20 reproductions of both formats and of governments, departments, towns and a 管委会", async () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CORPUS.map((entry) => entry.format))).toEqual(new Set(["2019", "2021"]));
    expect(CORPUS.some((entry) => /街道|镇/u.test(entry.agency))).toBe(true);
    expect(CORPUS.some((entry) => entry.agency.includes("管理委员会") && entry.kind === "summary")).toBe(true);
    scores = await scoreCorpus();
  }, 120_000);

  it("reads at least 95% of the cells right and marks no wrong value found", () => {
    const cells = scores.reduce((sum, score) => sum + score.cells, 0);
    const right = scores.reduce((sum, score) => sum + score.right, 0);
    expect(scores.flatMap((score) => score.wrongFound.map((wrong) => `${score.entry.file} ${wrong}`))).toEqual([]);
    expect(right / cells).toBeGreaterThanOrEqual(0.95);
  });

  it("reads each file's agency, year, kind, publication date and title", () => {
    const failures = scores.flatMap((score) =>
      Object.entries(score.metadata).flatMap(([field, reading]) =>
        reading.ok ? [] : [`${score.entry.file} ${field}: ${reading.shown}`],
      ),
    );
    expect(failures).toEqual([]);
  });
});
