// The vocabulary of the published-report parser: where a piece of the source was, the document
// as a sequence of blocks, and what the parser tells its caller about every cell and text.
import type { CellValue, FormatKey, Report, ReportKind, TextKey } from "@/lib/report-format";

/** A place in the source, 1-based, so that a clerk can find it in the original. */
export type SourceRef =
  /** Plain text: a line, and the tab-separated cell on it. */
  | { kind: "line"; line: number; cell?: number; page?: number }
  /** HTML or .docx: the nth paragraph outside tables. */
  | { kind: "paragraph"; paragraph: number }
  /** HTML or .docx: the nth table, the row and the grid column (after expanding rowspan/colspan). */
  | { kind: "table-cell"; table: number; row: number; column: number };

/**
 * found: read from the source by its labels. guessed: read, but the parser had to assume
 * something (a partial label, a unit, a position instead of a label): a person should check it.
 * missing: not in the source (or not readable); the value is null, never invented.
 */
export type ReadingStatus = "found" | "guessed" | "missing";

export interface CellReading {
  value: CellValue;
  status: ReadingStatus;
  source: SourceRef | null;
  /** The source text of the cell as printed. */
  raw: string | null;
  /** Why the cell is guessed or missing (Chinese). */
  note?: string;
}

export interface TextReading {
  value: string | null;
  status: "found" | "missing";
  /** The section heading. */
  source: SourceRef | null;
  note?: string;
}

export interface FieldReading<T> {
  value: T | null;
  status: ReadingStatus;
  source: SourceRef | null;
  note?: string;
}

export interface ParseResult {
  /** null when the input is not a report, or its year or agency could not be found. */
  report: Report | null;
  /** The format the tables were read with (null when neither the year nor the tables tell). */
  format: FormatKey | null;
  fields: {
    agency: FieldReading<string>;
    region: FieldReading<string>;
    year: FieldReading<number>;
    kind: FieldReading<ReportKind>;
    /** The title as published (without a capture tool's "标题:" or "#"). */
    title: FieldReading<string>;
    /** The publication date as printed, YYYY-MM-DD: a 发布日期/发布时间 line, else (guessed) the date under the signature. */
    published: FieldReading<string>;
    /** The address the report was captured from, when the source gives it. */
    sourceAddress: FieldReading<string>;
  };
  /** Every cell of `format`, by cell key (`applications.3.7.natural`). */
  cells: Record<string, CellReading>;
  texts: Record<TextKey, TextReading>;
  /** Everything a person should know about this parse, in Chinese. */
  problems: string[];
}

/** What the caller knows better than the document (the CLI's --year, --agency …). */
export interface ParseOptions {
  year?: number;
  agencyName?: string;
  region?: string;
  kind?: ReportKind;
}

export interface PublishedInput {
  /** text: plain text in any shape (tab rows, layout text, run together, Markdown); html: a page. */
  kind: "text" | "html";
  content: string;
}

// ---- The document as blocks -------------------------------------------------------------------

export interface DocCell {
  text: string;
  /** Grid column of the cell's first column (0-based): the tab index in text, the expanded grid in HTML. */
  column: number;
  /** Columns the cell covers (HTML colspan; 1 in text). */
  span: number;
  /** A copy of a cell from a row above (HTML rowspan): context for labels, never a value. */
  carried: boolean;
  source: SourceRef;
}

export type DocBlock =
  | {
      kind: "paragraph";
      text: string;
      source: SourceRef;
      /** A short line of plain text without sentence punctuation: may be a wrapped table label. */
      mayBeTableText: boolean;
    }
  | {
      kind: "row";
      cells: DocCell[];
      source: SourceRef;
      /** Plain text only: a line read as a row because it ends in numbers; in a narrative section it is text. */
      looseText?: string;
    };
