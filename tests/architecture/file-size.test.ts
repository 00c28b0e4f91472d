import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// Small modules: no source file over 400 lines. Generated code, migrations and
// test data (parser corpora) are not written by hand and do not count.

const MAX_LINES = 400;
const FOLDERS = ["app", "bench", "components", "e2e", "lib", "prisma", "scripts", "tests"];
const NOT_WRITTEN_BY_HAND = [/^lib\/generated\//, /^prisma\/migrations\//, /\/testdata\//];
/**
 * Files being split at the time of writing. An entry that is no longer over the limit fails the
 * test, so the list only shrinks.
 */
const BEING_SPLIT = new Set<string>([]);

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : listSources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const lineCounts = new Map(
  FOLDERS.flatMap(listSources)
    .filter((file) => !NOT_WRITTEN_BY_HAND.some((pattern) => pattern.test(file)))
    .map((file) => [file, readFileSync(file, "utf8").split("\n").length - 1] as const),
);

describe("file size", () => {
  it(`keeps every .ts and .tsx file at ${MAX_LINES} lines or fewer`, () => {
    const over = [...lineCounts]
      .filter(([file, lines]) => lines > MAX_LINES && !BEING_SPLIT.has(file))
      .map(([file, lines]) => `${file}: ${lines} lines`);
    expect(over).toEqual([]);
  });

  it("lists only files that are still over the limit as being split", () => {
    const done = [...BEING_SPLIT].filter((file) => (lineCounts.get(file) ?? 0) <= MAX_LINES);
    expect(done).toEqual([]);
  });
});
