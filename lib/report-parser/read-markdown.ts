// A report kept as Markdown: headings with "#", emphasis marks, tables as pipe rows
// ("| 本年新收政府信息公开申请数量 | 705 | 3 | … |") under a "|---|" line. The pipe rows become the
// tab-separated rows the plain-text reader knows; the marks around words are dropped.

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

function readPipeRow(line: string): string {
  const inner = line
    .trim()
    .replace(/^\|/u, "")
    .replace(/(?<!\\)\|$/u, "");
  return inner
    .split(/(?<!\\)\|/u)
    .map((cell) =>
      cell
        .replace(/\\\|/gu, "|")
        .replace(/<br\s*\/?>/giu, "")
        .trim(),
    )
    .join("\t");
}

function stripMarks(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s*/u, "")
    .replace(/^\s{0,3}>\s?/u, "")
    .replace(/\*\*|__/gu, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1");
}

const MIN_PIPE_ROWS = 5;
// "规章 | 0 | 0 | 0 |", "| 规章 | 0 |": a row of cells between pipes; "规章 |": one cell per line.
const PIPE_ROW = /\S\s*\|\s*\S.*\|/u;
const CELL_WITH_PIPE = /^\s*[^|]+\s\|\s*$/u;

/** Whether `content` has Markdown pipe tables, or table rows written between pipes without one. */
export function isMarkdown(content: string): boolean {
  const lines = content.split(/\r\n|\r|\n/u);
  if (lines.some((line) => SEPARATOR_ROW.test(line) && line.includes("|"))) return true;
  return lines.filter((line) => PIPE_ROW.test(line) || CELL_WITH_PIPE.test(line)).length >= MIN_PIPE_ROWS;
}

export function markdownToText(content: string): string {
  return content
    .split(/\r\n|\r|\n/u)
    .map((line) => {
      if (SEPARATOR_ROW.test(line) && line.includes("|")) return "";
      // A lone "|" between rows, or the "|" after a cell printed on its own line.
      if (/^\s*\|+\s*$/u.test(line)) return "";
      if (CELL_WITH_PIPE.test(line)) return stripMarks(line.replace(/\s*\|\s*$/u, ""));
      if (/^\s*\|/u.test(line) || PIPE_ROW.test(line)) return stripMarks(readPipeRow(line));
      return stripMarks(line);
    })
    .join("\n");
}
