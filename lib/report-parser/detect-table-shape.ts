// Which format the tables are printed in, from the labels only one format has: the 2019 第二十条
// columns 本年新制作数量/本年新公开数量/对外公开总数量, the 2021 columns 本年制发件数/本年废止件数/
// 现行有效件数, （六）其他处理 as one row with numbers (2019) or three rows (2021) …
import type { FormatKey } from "@/lib/report-format";
import { normaliseLabel } from "./normalise-label";
import { classifyCellText } from "./read-cell-value";
import { listFormatLabels } from "./table-vocabulary";
import type { DocBlock } from "./types";

export interface TableShape {
  /** null when the tables do not tell (no tables, or as much evidence for both). */
  format: FormatKey | null;
  /** The labels seen that only that format prints. */
  evidence: Record<FormatKey, string[]>;
}

const MIN_EVIDENCE_LENGTH = 4;
const OTHER_PROCESSING = normaliseLabel("其他处理");

function listDistinctive(format: FormatKey, other: FormatKey): { label: string; forms: string[] }[] {
  const otherForms = listFormatLabels(other).flatMap((entry) => entry.forms);
  const seen = new Set<string>();
  return listFormatLabels(format).flatMap(({ label, forms }) => {
    const distinctive = forms.filter(
      (form) => form.length >= MIN_EVIDENCE_LENGTH && !otherForms.some((otherForm) => otherForm.includes(form)),
    );
    if (distinctive.length === 0 || seen.has(label)) return [];
    seen.add(label);
    return [{ label, forms: distinctive }];
  });
}

const DISTINCTIVE: Record<FormatKey, { label: string; forms: string[] }[]> = {
  "2019": listDistinctive("2019", "2021"),
  "2021": listDistinctive("2021", "2019"),
};

/** A row printing numbers right after "（六）其他处理": the 2019 single row. */
function hasSingleOtherProcessingRow(blocks: readonly DocBlock[]): boolean {
  return blocks.some((block) => {
    if (block.kind !== "row") return false;
    const own = block.cells.filter((cell) => !cell.carried && cell.text !== "");
    const index = own.findIndex((cell) => normaliseLabel(cell.text).endsWith(OTHER_PROCESSING));
    return index !== -1 && classifyCellText(own[index + 1]?.text ?? "") === "number";
  });
}

export function detectTableShape(blocks: readonly DocBlock[]): TableShape {
  const stream = blocks
    .map((block) => {
      if (block.kind === "paragraph") return block.mayBeTableText ? normaliseLabel(block.text) : "";
      return block.cells
        .filter((cell) => !cell.carried)
        .map((cell) => normaliseLabel(cell.text))
        .join("");
    })
    .join("|");
  const evidence: Record<FormatKey, string[]> = { "2019": [], "2021": [] };
  for (const format of ["2019", "2021"] as const) {
    evidence[format] = DISTINCTIVE[format]
      .filter(({ forms }) => forms.some((form) => stream.includes(form)))
      .map(({ label }) => label);
  }
  if (hasSingleOtherProcessingRow(blocks)) evidence["2019"].push("（六）其他处理（一行）");
  const [a, b] = [evidence["2019"].length, evidence["2021"].length];
  const format = a > b ? "2019" : b > a ? "2021" : null;
  return { format, evidence };
}
