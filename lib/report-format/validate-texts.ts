// Rules on the narrative sections: required, length, the 信息处理费 statement, figures stated in
// the text, and 年年雷同 against last year's report.
import type { CompiledFormat, FigurePhraseInstance } from "./compile-format";
import { CELL_FILLED, type CellValues } from "./read-cell-values";
import { measureTextSimilarity } from "./text-similarity";
import type { Report, TextKey } from "./types";
import type { ViolationList } from "./violation-list";

function textAddress(key: TextKey): string {
  return `texts.${key}`;
}

/** Characters that count towards "一千字": everything but whitespace. */
function countChars(text: string): number {
  let count = 0;
  for (const char of text) if (char.trim() !== "") count++;
  return count;
}

function sumCells(cells: readonly number[], values: CellValues): number | null {
  let sum = 0;
  for (const index of cells) {
    if (values.states[index] !== CELL_FILLED) return null;
    sum += values.numbers[index]!;
  }
  return sum;
}

/** Whether `figure` is one of the quantities the phrase may mean; null when a cell it reads is not filled. */
function matchesFigure(phrase: FigurePhraseInstance, figure: number, values: CellValues): boolean | null {
  let matched = false;
  for (const rowSet of phrase.candidates) {
    for (const cells of rowSet) {
      const sum = sumCells(cells, values);
      if (sum === null) return null;
      if (sum === figure) matched = true;
    }
  }
  return matched;
}

function checkFigures(list: ViolationList, compiled: CompiledFormat, report: Report, values: CellValues): void {
  for (const { check, phrases } of compiled.figures) {
    const text = report.texts[check.text];
    if (!text) continue;
    const normalised = text.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 48));
    for (const phrase of phrases) {
      for (const match of normalised.matchAll(phrase.pattern)) {
        const figure = Number(match[1]);
        if (matchesFigure(phrase, figure, values) !== false) continue;
        const expected = sumCells(phrase.expected, values) ?? 0;
        const cells = phrase.expected.map((index) => compiled.cells[index]!);
        list.add(
          compiled.textPositions[check.text],
          check.rule,
          [textAddress(check.text), ...cells.map((cell) => cell.key)],
          expected,
          figure,
          `“${compiled.textHeadings[check.text]}”写“${match[0]}”，而表中${cells.map((cell) => cell.label).join("、")} 为 ${expected}`,
        );
      }
    }
  }
}

export function checkTexts(
  list: ViolationList,
  compiled: CompiledFormat,
  report: Report,
  values: CellValues,
  previous: Report | null,
): void {
  for (const section of compiled.definition.sections) {
    if (section.content.kind !== "text") continue;
    const key = section.key as TextKey;
    const text = report.texts[key] ?? "";
    const position = compiled.textPositions[key];
    if (section.content.required && text.trim() === "") {
      const hint = key === "other" ? "（没有需要报告的事项请写“无”）" : "";
      list.add(position, "text.required", [textAddress(key)], null, null, `“${section.heading}”不能为空${hint}`);
    }
    const maxChars = section.content.maxChars;
    if (maxChars !== undefined) {
      const chars = countChars(text);
      if (chars > maxChars) {
        list.add(
          position,
          "text.overview-length",
          [textAddress(key)],
          `≤ ${maxChars}`,
          chars,
          `“${section.heading}”有 ${chars} 字，篇幅原则上不超过 ${maxChars} 字`,
        );
      }
    }
  }

  for (const { check, cell } of compiled.mentions) {
    if (values.states[cell.index] !== CELL_FILLED) continue;
    const amount = values.numbers[cell.index]!;
    if (amount === 0 || (report.texts[check.text] ?? "").includes(check.keyword)) continue;
    list.add(
      compiled.textPositions[check.text],
      check.rule,
      [textAddress(check.text), cell.key],
      check.keyword,
      null,
      `“${compiled.textHeadings[check.text]}”没有说明${check.keyword}的收取情况，而${cell.label} 为 ${amount}`,
    );
  }

  checkFigures(list, compiled, report, values);

  if (!previous) return;
  for (const check of compiled.repeatedTexts) {
    const text = report.texts[check.text] ?? "";
    const before = previous.texts[check.text] ?? "";
    if (text.trim() === "" || before.trim() === "") continue;
    const similarity = measureTextSimilarity(text, before);
    if (similarity < check.threshold) continue;
    const rounded = Math.floor(similarity * 100) / 100;
    list.add(
      compiled.textPositions[check.text],
      check.rule,
      [textAddress(check.text), `${textAddress(check.text)}@${previous.year}`],
      `< ${check.threshold}`,
      rounded,
      `“${compiled.textHeadings[check.text]}”与 ${previous.year} 年度报告几乎相同（相似度 ${Math.round(rounded * 100)}%），不得年年雷同`,
    );
  }
}
