import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

// The figures the public pages compare across agencies and years, read from the cells of each
// report's visible revision (the latest one published by `now`).

export const APPLICANT_COLUMNS = [
  { key: "natural", label: "自然人" },
  { key: "commercial", label: "商业企业" },
  { key: "research", label: "科研机构" },
  { key: "social", label: "社会公益组织" },
  { key: "legal", label: "法律服务机构" },
  { key: "other", label: "其他" },
] as const;

export const OUTCOME_KINDS = [
  { key: "disclosed", label: "予以公开", rows: (row: string) => row === "3.1" },
  { key: "partly", label: "部分公开", rows: (row: string) => row === "3.2" },
  { key: "withheld", label: "不予公开", rows: (row: string) => row.startsWith("3.3.") },
  { key: "unable", label: "无法提供", rows: (row: string) => row.startsWith("3.4.") },
  { key: "notProcessed", label: "不予处理", rows: (row: string) => row.startsWith("3.5.") },
  { key: "otherOutcome", label: "其他处理", rows: (row: string) => row === "3.6" || row.startsWith("3.6.") },
] as const;

export type OutcomeKey = (typeof OUTCOME_KINDS)[number]["key"];
export type ApplicantKey = (typeof APPLICANT_COLUMNS)[number]["key"];

export type KeyFigures = {
  /** applications.1.total: 本年新收 */
  received: number | null;
  /** applications.2.total: 上年结转 */
  carriedIn: number | null;
  /** applications.3.7.total: 办理结果总计 */
  handled: number | null;
  /** applications.4.total: 结转下年度 */
  carriedOver: number | null;
  outcomes: Record<OutcomeKey, number | null>;
  /** applications.1 by applicant kind */
  byApplicant: Record<ApplicantKey, number | null>;
  /** applications.2 and .4, every column (for the carry-over chain between years) */
  carriedInColumns: Record<string, number | null>;
  carriedOverColumns: Record<string, number | null>;
  /** reviews.*.total */
  reviews: number | null;
  suitsDirect: number | null;
  suitsAfterReview: number | null;
  /** reviews.review.corrected: 复议结果纠正 */
  reviewsCorrected: number | null;
};

type CellRow = { report_id: string; table_key: string; row_key: string; column_key: string; int_value: number | null };

function add(current: number | null, value: number | null): number | null {
  if (value === null) return current;
  return (current ?? 0) + value;
}

function emptyFigures(): KeyFigures {
  return {
    received: null,
    carriedIn: null,
    handled: null,
    carriedOver: null,
    outcomes: { disclosed: null, partly: null, withheld: null, unable: null, notProcessed: null, otherOutcome: null },
    byApplicant: { natural: null, commercial: null, research: null, social: null, legal: null, other: null },
    carriedInColumns: {},
    carriedOverColumns: {},
    reviews: null,
    suitsDirect: null,
    suitsAfterReview: null,
    reviewsCorrected: null,
  };
}

function applyCell(figures: KeyFigures, cell: CellRow): void {
  const { table_key: table, row_key: row, column_key: column, int_value: value } = cell;
  if (table === "reviews") {
    if (column === "total" && row === "review") figures.reviews = value;
    if (column === "total" && row === "suit_direct") figures.suitsDirect = value;
    if (column === "total" && row === "suit_after_review") figures.suitsAfterReview = value;
    if (column === "corrected" && row === "review") figures.reviewsCorrected = value;
    return;
  }
  if (row === "2") figures.carriedInColumns[column] = value;
  if (row === "4") figures.carriedOverColumns[column] = value;
  if (row === "1" && column !== "total") figures.byApplicant[column as ApplicantKey] = value;
  if (column !== "total") return;
  if (row === "1") figures.received = value;
  if (row === "2") figures.carriedIn = value;
  if (row === "3.7") figures.handled = value;
  if (row === "4") figures.carriedOver = value;
  const outcome = OUTCOME_KINDS.find((kind) => kind.rows(row));
  if (outcome) figures.outcomes[outcome.key] = add(figures.outcomes[outcome.key], value);
}

/**
 * Key figures of the reports selected by `reportFilter` (a condition on `r`, the report table),
 * each from its visible revision, in one SQL statement. Reports with nothing visible are absent.
 */
export async function readKeyFigures(reportFilter: Prisma.Sql, now: Date): Promise<Map<string, KeyFigures>> {
  const cells = await db.$queryRaw<CellRow[]>`
    WITH visible AS (
      SELECT DISTINCT ON (v.report_id) v.report_id, v.id AS revision_id
      FROM report_revision v JOIN report r ON r.id = v.report_id
      WHERE v.published_at <= ${now} AND ${reportFilter}
      ORDER BY v.report_id, v.number DESC
    )
    SELECT visible.report_id, c.table_key, c.row_key, c.column_key, c.int_value
    FROM visible JOIN report_cell c ON c.revision_id = visible.revision_id
    WHERE c.table_key IN ('applications', 'reviews')`;
  const figures = new Map<string, KeyFigures>();
  for (const cell of cells) {
    let entry = figures.get(cell.report_id);
    if (!entry) figures.set(cell.report_id, (entry = emptyFigures()));
    applyCell(entry, cell);
  }
  return figures;
}

