// A section's table rows as segments: a run of label text and the value slots printed after it.
// Labels wrapped over several lines, group labels merged down the side and label-only lines all
// end up in the run of the row whose numbers follow; header rows and band rows are set aside as
// the context the following rows are read in.
import { equalsLabel, type LabelCandidate } from "./match-label";
import { normaliseLabel } from "./normalise-label";
import { classifyCellText, type CellTextKind } from "./read-cell-value";
import { isHeaderWord, readBand } from "./table-vocabulary";
import type { DocBlock, DocCell, SourceRef } from "./types";

export interface Slot {
  text: string;
  kind: CellTextKind;
  column: number;
  span: number;
  source: SourceRef;
}

export interface HeaderCell {
  text: string;
  normalised: string;
  column: number;
  span: number;
  /** Index of the header line within its header block. */
  line: number;
}

export interface HeaderBlock {
  cells: HeaderCell[];
  /** All header text in reading order, normalised: labels split over cells or lines read whole here. */
  stream: string;
}

export interface RowSegment {
  /** Normalised label text: pending label lines, merged group labels, the row's own label. */
  run: string;
  /** The row's own label as printed, for messages. */
  label: string;
  slots: Slot[];
  /** Last grid column of the row's own label, -1 when it has none. */
  labelEnd: number;
  /** The slots' columns are real grid positions (not a line split at spaces). */
  positional: boolean;
  header: HeaderBlock | null;
  source: SourceRef;
}

interface ClassifiedCell extends DocCell {
  kind: CellTextKind;
}

// Figures run together with a negative among them ("23-123"): digits, for the glued-row reader.
const GLUED_WITH_SIGN = /^-?\d+(?:\.\d+)?(?:-\d+(?:\.\d+)?)+$/u;

function classifyCell(text: string): CellTextKind {
  const kind = classifyCellText(text);
  return kind === "label" && GLUED_WITH_SIGN.test(text.trim()) ? "number" : kind;
}

function toRowCells(block: DocBlock): ClassifiedCell[] {
  if (block.kind === "paragraph") {
    return [{ text: block.text, column: 0, span: 1, carried: false, source: block.source, kind: "label" }];
  }
  return block.cells.map((cell) => ({ ...cell, kind: classifyCell(cell.text) }));
}

function isValue(cell: ClassifiedCell): boolean {
  return !cell.carried && (cell.kind === "number" || cell.kind === "placeholder");
}

class RowSegmenter<K> {
  readonly segments: RowSegment[] = [];
  private pending: string[] = [];
  private header: HeaderBlock | null = null;
  private inHeader = false;

  constructor(private readonly rowLabels: readonly LabelCandidate<K>[]) {}

  readBlock(block: DocBlock): void {
    if (block.kind === "paragraph" && !block.mayBeTableText) {
      // Prose between tables: whatever label text was pending belonged to no row.
      this.pending = [];
      this.inHeader = false;
      return;
    }
    const cells = toRowCells(block);
    const own = cells.filter((cell) => !cell.carried);
    if (own.some((cell) => cell.kind === "number")) {
      this.readValueRow(cells, block);
      return;
    }
    this.readLabelRow(cells, block);
  }

  private addToHeader(labels: readonly ClassifiedCell[], startNew: boolean): void {
    if (startNew || !this.header) this.header = { cells: [], stream: "" };
    const header = this.header;
    const line = (header.cells.at(-1)?.line ?? -1) + 1;
    for (const cell of labels) {
      const normalised = normaliseLabel(cell.text);
      header.cells.push({ text: cell.text, normalised, column: cell.column, span: cell.span, line });
      header.stream += normalised;
    }
    this.inHeader = true;
  }

  private readLabelRow(cells: readonly ClassifiedCell[], block: DocBlock): void {
    const labels = cells.filter((cell) => !cell.carried && cell.kind === "label");
    if (labels.length === 0) return;
    const own = normaliseLabel(labels.map((cell) => cell.text).join(""));
    if (readBand(own)) {
      this.header = null;
      this.inHeader = false;
      this.pending = [];
      return;
    }
    if (labels.some((cell) => isHeaderWord(normaliseLabel(cell.text)))) {
      this.addToHeader(labels, !this.inHeader);
      this.pending = [];
      return;
    }
    const lastLabel = normaliseLabel(labels.at(-1)?.text ?? "");
    if (equalsLabel(own, this.rowLabels) !== null || equalsLabel(lastLabel, this.rowLabels) !== null) {
      // A row of its own whose cells are all blank or dashes.
      this.emit(cells, labels, block);
      return;
    }
    // A wrapped header line or a wrapped row label: keep it for both readings.
    if (this.inHeader) this.addToHeader(labels, false);
    this.pending.push(own);
  }

  private readValueRow(cells: readonly ClassifiedCell[], block: DocBlock): void {
    this.inHeader = false;
    const firstValue = cells.findIndex(isValue);
    const labels = cells.slice(0, firstValue).filter((cell) => !cell.carried && cell.kind === "label");
    this.emit(cells, labels, block);
  }

  private emit(cells: readonly ClassifiedCell[], labels: readonly ClassifiedCell[], block: DocBlock): void {
    const firstLabel = labels[0];
    const context = cells.filter(
      (cell) => cell.carried && cell.kind === "label" && (!firstLabel || cell.column < firstLabel.column),
    );
    const lastLabel = labels.at(-1);
    const afterLabel = cells.filter((cell) => !cell.carried && (!lastLabel || cell.column > lastLabel.column));
    const firstValue = afterLabel.findIndex(isValue);
    const lastValue = afterLabel.findLastIndex(isValue);
    const slots =
      firstValue === -1
        ? []
        : afterLabel.slice(firstValue, lastValue + 1).map((cell): Slot => ({
            text: cell.text,
            kind: cell.kind,
            column: cell.column,
            span: cell.span,
            source: cell.source,
          }));
    this.segments.push({
      run: [...this.pending, ...[...context, ...labels].map((cell) => normaliseLabel(cell.text))].join(""),
      label: labels.map((cell) => cell.text).join(" "),
      slots,
      labelEnd: lastLabel ? lastLabel.column + lastLabel.span - 1 : -1,
      positional: block.kind === "row" && !block.looseText,
      header: this.header,
      source: block.source,
    });
    this.pending = [];
  }
}

/** The segments of `blocks` (one section's content); `rowLabels` are the rows its tables may have. */
export function segmentTableRows<K>(
  blocks: readonly DocBlock[],
  rowLabels: readonly LabelCandidate<K>[],
): RowSegment[] {
  const segmenter = new RowSegmenter(rowLabels);
  for (const block of blocks) segmenter.readBlock(block);
  return segmenter.segments;
}
