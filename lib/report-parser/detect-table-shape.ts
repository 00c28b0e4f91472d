// Which format the tables are printed in, from the labels only one format has: the 2019 第二十条
// columns 本年新制作数量/本年新公开数量/对外公开总数量, the 2021 columns 本年制发件数/本年废止件数/
// 现行有效件数, （六）其他处理 as one row with numbers (2019) or three rows (2021) …
import { deriveFromFormats, type FormatKey } from "@/lib/report-format";
import { normaliseLabel } from "./normalise-label";
import { classifyCellText } from "./read-cell-value";
import { listFormatLabels } from "./table-vocabulary";
import type { DocBlock } from "./types";

export interface TableShape {
  /** null when the tables do not tell (no tables, or as much evidence for two formats). */
  format: FormatKey | null;
  /** Per format, the labels seen that only that format prints. */
  evidence: ReadonlyMap<FormatKey, readonly string[]>;
}

const MIN_EVIDENCE_LENGTH = 4;
const OTHER_PROCESSING = normaliseLabel("其他处理");

/** The labels of `format` that no other format prints (nor prints inside a longer label). */
function listDistinctive(format: FormatKey, others: readonly FormatKey[]): { label: string; forms: string[] }[] {
  const otherForms = others.flatMap((other) => listFormatLabels(other).flatMap((entry) => entry.forms));
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

interface Distinctive {
  format: FormatKey;
  labels: { label: string; forms: string[] }[];
  /** The format's （六）其他处理 is one row with figures (not a group of rows). */
  singleOtherProcessingRow: boolean;
}

const listDistinctiveByFormat = deriveFromFormats((formats): readonly Distinctive[] =>
  formats.map(({ key }) => ({
    format: key,
    labels: listDistinctive(
      key,
      formats.filter((other) => other.key !== key).map((other) => other.key),
    ),
    singleOtherProcessingRow: listFormatLabels(key).some(
      (entry) => entry.leaf && normaliseLabel(entry.label).endsWith(OTHER_PROCESSING),
    ),
  })),
);

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
  const singleRow = hasSingleOtherProcessingRow(blocks);
  const evidence = new Map<FormatKey, string[]>();
  for (const { format, labels, singleOtherProcessingRow } of listDistinctiveByFormat()) {
    const seen = labels.filter(({ forms }) => forms.some((form) => stream.includes(form))).map(({ label }) => label);
    if (singleRow && singleOtherProcessingRow) seen.push("（六）其他处理（一行）");
    evidence.set(format, seen);
  }
  const ranked = [...evidence].sort((a, b) => b[1].length - a[1].length);
  const [best, second] = ranked;
  const format = best && best[1].length > (second?.[1].length ?? 0) ? best[0] : null;
  return { format, evidence };
}
