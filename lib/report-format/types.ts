// The vocabulary of the report formats: how a format is declared (sections, tables, rows,
// columns, checks) and the shape of a report and of a validation result.

/** The official formats of shared/spec/report-formats.md. */
export type OfficialFormatKey = "2019" | "2021";
declare const registeredFormat: unique symbol;
/**
 * The key of a format the registry holds: an official one, or one registered at run time. A string
 * read from outside (a database row, a file) becomes one through `parseFormatKey`, never a cast.
 */
export type FormatKey = OfficialFormatKey | (string & { readonly [registeredFormat]: true });
/** The six sections every format has, in order (一 … 六). */
export const SECTION_KEYS = ["overview", "proactive", "applications", "reviews", "problems", "other"] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];
/** The text sections every format has (一、总体情况, 五、存在的主要问题…, 六、其他需要报告的事项), stored as such. */
export const TEXT_KEYS = ["overview", "problems", "other"] as const;
export type TextKey = (typeof TEXT_KEYS)[number];
export type CellType = "count" | "signed" | "money";
export type MoneyUnit = "元" | "万元";
export type ReportKind = "agency" | "summary";
export type RuleLevel = "error" | "warning";

/** Rules of the form `target op Σ terms`, declared as `LinearCheck`s. */
export type LinearRuleId =
  | "applications.row-total"
  | "applications.result-total"
  | "applications.balance"
  | "reviews.total"
  | "proactive.made-vs-in-force"
  | "proactive.prev-plus-change"
  | "proactive.published-vs-total"
  | "cross-year.carry-over"
  | "cross-year.in-force"
  | "cross-year.prev-items"
  | "cross-year.total-published";

export type RuleId =
  | LinearRuleId
  | "cell.blank"
  | "cell.invalid"
  | "applications.other-share"
  | "text.required"
  | "text.overview-length"
  | "text.fees-statement"
  | "text.figures"
  | "text.repeated"
  | "summary.sum-of-members";

// ---- Declaration -------------------------------------------------------------------------

export interface ColumnDefinition {
  key: string;
  label: string;
  type: CellType;
  /** Money only. One unit: the value is a plain decimal string in that unit. Several: the value carries its unit. */
  units?: readonly MoneyUnit[];
  /** Filled by `computeTotals`, never typed by a clerk. */
  computed?: boolean;
}

/** A header band spanning several columns (申请人情况, 法人或其他组织, 行政复议 …). */
export interface ColumnBand {
  band: string;
  columns: readonly ColumnNode[];
}
export type ColumnNode = ColumnDefinition | ColumnBand;

export interface RowDefinition {
  key: string;
  label: string;
  computed?: boolean;
}

/** A group label printed over several rows (三、本年度办理结果, （三）不予公开 …); it has no cells. */
export interface RowGroup {
  /** Official number of the group ("3", "3.3"), when checks refer to its rows through it. */
  key?: string;
  label: string;
  /**
   * Whether the group's label is part of its rows' cell labels: true where the rows restart
   * their numbering ("1.属于国家秘密" needs "（三）不予公开·"), false where they are already
   * unambiguous ("（七）总计" under 三、本年度办理结果).
   */
  inCellLabel: boolean;
  rows: readonly RowNode[];
}
export type RowNode = RowDefinition | RowGroup;

export interface TableDefinition {
  key: string;
  section: SectionKey;
  /** Band row above the header (第二十条第（一）项). */
  band?: string;
  /** Top-left header cell: 信息内容, or the applications' 勾稽关系 note. */
  corner?: string;
  /**
   * `grid`: rows down, columns across. `rows-side-by-side`: the printed table is a single row
   * where each stored row becomes a band of columns (the reviews table: 15 cells in one line).
   */
  layout: "grid" | "rows-side-by-side";
  columns: readonly ColumnNode[];
  rows: readonly RowNode[];
}

export interface TextContent {
  kind: "text";
  required: boolean;
  /** "篇幅原则上不超过一千字" (2021 overview). */
  maxChars?: number;
  /** Guidance printed in the official template. */
  guidance?: string;
}

export interface TablesContent {
  kind: "tables";
  tables: readonly TableDefinition[];
}

export interface SectionDefinition {
  key: SectionKey;
  heading: string;
  content: TextContent | TablesContent;
}

/** A term of a linear check: coefficient × a row (for `per: "column"`) or a column (for `per: "row"`). */
export interface CheckTerm {
  key: string;
  coef: 1 | -1;
  /** Read from last year's report instead of this one. */
  fromPrevious?: boolean;
}

/**
 * `target op Σ terms`, evaluated once per row (`per: "row"`, keys are columns) or once per
 * column (`per: "column"`, keys are rows) of `table`.
 */
export interface LinearCheck {
  kind: "linear";
  rule: LinearRuleId;
  table: string;
  per: "row" | "column";
  target: string;
  op: "=" | "<=" | ">=";
  terms: readonly CheckTerm[];
  /** The target is a computed cell and this is its formula (used by `computeTotals`). */
  computes?: boolean;
  /** Cross-year checks: the keys of the formats last year's report may have for the check to apply. */
  previousFormats?: readonly string[];
}

/** Σ rows under `part` ≤ numerator/denominator × `whole`, per column, when whole ≥ minWhole. */
export interface ShareCheck {
  kind: "share";
  rule: "applications.other-share";
  table: string;
  /** A row, or a row group whose rows are summed. */
  part: string;
  whole: string;
  numerator: number;
  denominator: number;
  minWhole: number;
}

/** The text must mention `keyword` when `cell` is above 0. */
export interface MentionCheck {
  kind: "mention";
  rule: "text.fees-statement";
  text: TextKey;
  keyword: string;
  cell: string;
}

/** A phrase of the narrative that states a table quantity: the figure in it must match. */
export interface FigurePhrase {
  /** Captures the figure (ASCII digits; full-width digits are normalised first) as group 1. */
  pattern: RegExp;
  table: string;
  /**
   * What the figure may refer to: for each set of rows, the sum over the set of any one column
   * (the total or one applicant type). The first set's total is the value reported as expected.
   */
  rowSets: readonly (readonly string[])[];
}

export interface FiguresCheck {
  kind: "figures";
  rule: "text.figures";
  text: TextKey;
  phrases: readonly FigurePhrase[];
}

/** The text must not be (nearly) the same as last year's. */
export interface RepeatedTextCheck {
  kind: "repeated-text";
  rule: "text.repeated";
  text: TextKey;
  threshold: number;
}

export type CheckDefinition = LinearCheck | ShareCheck | MentionCheck | FiguresCheck | RepeatedTextCheck;

export interface FormatDefinition {
  key: FormatKey;
  /** The 国办公开办函 that fixes the format. */
  document: string;
  /** Report years the format is used for (inclusive); `to` absent means "until a newer format". */
  years: { from: number; to?: number };
  sections: readonly SectionDefinition[];
  checks: readonly CheckDefinition[];
  figures: KeyFiguresDeclaration;
}

/** A format as written before it is registered: its key is any text the registry does not hold yet. */
export type FormatDeclaration = Omit<FormatDefinition, "key"> & { key: string };

/**
 * Where the figures that the public pages compare across agencies and years are read: rows of the
 * applications table (by its total column) and rows of the reviews table.
 */
export interface KeyFiguresDeclaration {
  applications: {
    table: string;
    received: string;
    carriedIn: string;
    handled: string;
    carriedOver: string;
    /** The group whose rows (its computed total aside) are the kinds of outcome. */
    outcomes: string;
  };
  reviews: {
    table: string;
    reviews: string;
    suitsDirect: string;
    suitsAfterReview: string;
    /** The column of reviews whose result was corrected. */
    corrected: string;
  };
}

// ---- Reports (the interchange JSON, `docs/interchange.md`) ----------------------

export interface MoneyAmount {
  value: string;
  unit: MoneyUnit;
}

/** null or absent means blank. */
export type CellValue = number | string | MoneyAmount | null;
export type RowValues = { [column: string]: CellValue | undefined };
export type TableValues = { [row: string]: RowValues | undefined };
export type ReportTables = { [table: string]: TableValues | undefined };
export type ReportTexts = { [K in TextKey]?: string };

export const REPORT_SCHEMA_ID = "gov-info-disclosure-report/v1";

export interface Report {
  schema: typeof REPORT_SCHEMA_ID;
  format: FormatKey;
  year: number;
  kind: ReportKind;
  agency: { name: string; region?: string };
  texts: ReportTexts;
  tables: ReportTables;
}

/** One cell as the database stores it. */
export interface ReportCell {
  table: string;
  row: string;
  column: string;
  type: CellType;
  value: number | string | null;
  /** Money cells only. */
  unit?: MoneyUnit | null;
}

/** A cell of the format with everything a form, a renderer or a message needs. */
export interface CellDefinition {
  /** `table.row.column` */
  key: string;
  table: string;
  row: string;
  column: string;
  type: CellType;
  units?: readonly MoneyUnit[];
  computed: boolean;
  /** Human label: "（七）总计·自然人", "第二十条第（一）项·规章·本年制发件数". */
  label: string;
}

// ---- Validation ---------------------------------------------------------------------------

export interface Violation {
  rule: RuleId;
  level: RuleLevel;
  /** Every cell or text the rule read, the checked one first. Cells of another report end in `@<year>` or `@<agency>`. */
  cells: string[];
  expected: number | string | null;
  actual: number | string | null;
  message: string;
}

export interface ValidationResult {
  ok: boolean;
  errors: number;
  warnings: number;
  violations: Violation[];
}
