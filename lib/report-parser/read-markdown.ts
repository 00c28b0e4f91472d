// A report kept as Markdown: headings with "#", emphasis marks, tables as pipe rows
// ("| 本年新收政府信息公开申请数量 | 705 | 3 | … |") under a "|---|" line. The pipe rows become the
// tab-separated rows the plain-text reader knows; the marks around words are dropped.

const SEPARATOR_ROW = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/u;

function readPipeRow(line: string): string {
  const inner = line.trim().replace(/^\|/u, "").replace(/(?<!\\)\|$/u, "");
  return inner
    .split(/(?<!\\)\|/u)
    .map((cell) => cell.replace(/\\\|/gu, "|").replace(/<br\s*\/?>/giu, "").trim())
    .join("\t");
}

function stripMarks(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s*/u, "")
    .replace(/^\s{0,3}>\s?/u, "")
    .replace(/\*\*|__/gu, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/gu, "$1");
}

/** Whether `content` has Markdown pipe tables. */
export function isMarkdown(content: string): boolean {
  return content.split(/\r\n|\r|\n/u).some((line) => SEPARATOR_ROW.test(line) && line.includes("|"));
}

export function markdownToText(content: string): string {
  return content
    .split(/\r\n|\r|\n/u)
    .map((line) => {
      if (SEPARATOR_ROW.test(line) && line.includes("|")) return "";
      if (/^\s*\|/u.test(line)) return stripMarks(readPipeRow(line));
      return stripMarks(line);
    })
    .join("\n");
}
