import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FORMAT_KEYS, SECTION_KEYS, TEXT_KEYS, listLeafColumns, listLeafRows, listTables } from "@/lib/report-format";

// The formats are declared once, in lib/report-format: code elsewhere reads the keys of their
// tables, rows and columns from the declaration (its figures, its outline, its checks) and never
// names one itself, nor switches on an official format's key. Tests and fixtures may.

const FOLDERS = ["app", "components", "lib", "scripts", "bench", "prisma"];
// The domain itself, tests and their helpers, and fixtures.
const ALLOWED = [
  /^lib\/report-format\//,
  /\.test\.tsx?$/,
  /\/test-support\.ts$/,
  /\/testdata\//,
  /^prisma\/fixtures\//,
];

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : listSources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

interface OfficialKeys {
  tables: ReadonlySet<string>;
  /** Row and column keys. */
  cells: ReadonlySet<string>;
  /** The vocabulary every format shares (sections, texts): not a key of one format when named alone. */
  shared: ReadonlySet<string>;
}

function listOfficialKeys(): OfficialKeys {
  const tables = new Set<string>();
  const cells = new Set<string>();
  for (const format of FORMAT_KEYS) {
    for (const table of listTables(format)) {
      tables.add(table.key);
      for (const { row } of listLeafRows(table.rows)) cells.add(row.key);
      for (const column of listLeafColumns(table.columns)) cells.add(column.key);
    }
  }
  return { tables, cells, shared: new Set<string>([...SECTION_KEYS, ...TEXT_KEYS]) };
}

// Keys that are also numbers or ordinary words in code (an env flag "1", a CSS class "total", a
// save status "pending", a page's `.review` step): named alone they are not taken for keys, inside a cell address they are.
const AMBIGUOUS = /^\d+$|^(total|other|pending|items|change|amount|review)$/;

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
}

/** The quoted literals of a source (template literals too), comments left out. */
function listLiterals(source: string): string[] {
  return [...stripComments(source).matchAll(/"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'|`([^`]*)`/g)].map(
    (match) => match[1] ?? match[2] ?? match[3] ?? "",
  );
}

/** The keys a literal names: itself, or the parts of the cell addresses in it (`applications.3.7.total`). */
function listNamedKeys(literal: string, keys: OfficialKeys): string[] {
  const alone = (keys.tables.has(literal) || keys.cells.has(literal)) && !keys.shared.has(literal);
  const named = alone && !AMBIGUOUS.test(literal) ? [literal] : [];
  for (const word of literal.split(/[^\w.]+/)) {
    const parts = word.split(".");
    if (parts.length < 3 || !keys.tables.has(parts[0]!)) continue;
    const inside = [parts.slice(1, -1).join("."), parts.at(-1)!].filter((part) => keys.cells.has(part));
    if (inside.length > 0) named.push(parts[0]!, ...inside);
  }
  return named;
}

/** `file: key` for every official key named, and `file: format 2019` for a switch on an official format. */
export function findFormatKeyLiterals(files: readonly string[]): string[] {
  const keys = listOfficialKeys();
  const formatKeys = new Set<string>(FORMAT_KEYS);
  return files.flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const found = new Set(listLiterals(source).flatMap((literal) => listNamedKeys(literal, keys)));
    for (const match of stripComments(source).matchAll(/\??\.([A-Za-z_]\w*)\b/g)) {
      const name = match[1]!;
      if ((keys.tables.has(name) || keys.cells.has(name)) && !keys.shared.has(name) && !AMBIGUOUS.test(name))
        found.add(name);
    }
    for (const match of source.matchAll(
      /[=!]==?\s*["'](\d{4})["']|["'](\d{4})["']\s*[=!]==?|case\s+["'](\d{4})["']/g,
    )) {
      const key = match[1] ?? match[2] ?? match[3] ?? "";
      if (formatKeys.has(key)) found.add(`format ${key}`);
    }
    return [...found].map((key) => `${file}: ${key}`);
  });
}

describe("format keys", () => {
  it("finds a key named alone, inside a cell address, and a switch on an official format", () => {
    const file = join(mkdtempSync(join(tmpdir(), "format-keys-")), "sample.ts");
    writeFileSync(
      file,
      [
        'const a = row.key === "3.7";',
        "const b = `applications.1.${applicant}`;",
        'const e = "texts.overview";',
        'const c = "art20_1.regulations.made";',
        'if (format === "2021") {}',
        '// "in_force" in a comment is not code',
        'const d = status === "pending" || flag === "1";',
        "const f = report.tables.art20_5?.licensing;",
      ].join("\n"),
    );
    expect(findFormatKeyLiterals([file]).map((line) => line.slice(file.length + 2))).toEqual([
      "3.7",
      "applications",
      "1",
      "art20_1",
      "regulations",
      "made",
      "art20_5",
      "licensing",
      "format 2021",
    ]);
  });

  it("no code outside lib/report-format names a table, row or column key of an official format", () => {
    const files = FOLDERS.flatMap(listSources).filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    expect(findFormatKeyLiterals(files)).toEqual([]);
  });

  it("a stored format key is parsed (parseFormatKey), never cast", () => {
    const casting = FOLDERS.flatMap(listSources)
      .filter((file) => !ALLOWED.some((pattern) => pattern.test(file)))
      .filter((file) => /\bas FormatKey\b/.test(readFileSync(file, "utf8")));
    expect(casting).toEqual([]);
  });
});
