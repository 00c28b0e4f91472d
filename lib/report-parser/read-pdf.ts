// A report published as a PDF: the text layer read with pdf.js (text runs with their positions),
// runs on one baseline joined into lines, runs far apart kept as separate cells, then read like
// any positioned text. No text layer (a scan) or a password is a clear refusal, never a guess.
import { getDocument, type PDFDocumentProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { readPositionedLines, type PositionedItem, type PositionedLine } from "./read-positioned-lines";
import type { DocBlock } from "./types";

export class UnreadablePdfError extends Error {}

interface Run {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

// Runs closer than this share of the font size are one piece of text; farther apart, two cells.
const JOIN_GAP = 0.35;
// Baselines closer than this share of the font size are one line.
const SAME_LINE = 0.45;
const MIN_TEXT_PER_PAGE = 10;

function toLines(runs: readonly Run[], page: number, firstLine: number): PositionedLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: Run[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const anchor = group?.[0];
    if (group && anchor && Math.abs(anchor.y - run.y) <= SAME_LINE * Math.max(anchor.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  return groups.map((group, index) => {
    const items: PositionedItem[] = [];
    for (const run of [...group].sort((a, b) => a.x - b.x)) {
      const last = items.at(-1);
      if (last && run.x - last.x1 <= JOIN_GAP * run.size) {
        last.text += run.text;
        last.x1 = Math.max(last.x1, run.x + run.width);
      } else {
        items.push({ text: run.text, x0: run.x, x1: run.x + run.width });
      }
    }
    const trimmed = items.map((item) => ({ ...item, text: item.text.trim() })).filter((item) => item.text !== "");
    return { items: trimmed, source: { kind: "line", line: firstLine + index, page } as const };
  });
}

// Text from fonts without a Unicode map comes out as Latin-1 symbols ("¿ ” ¿¡ fl ‹"), not Chinese.
const MOJIBAKE = /[\u0080-\u02ff\u2000-\u206f\ufb00-\ufb06]/u;
const CJK = /[\u3400-\u9fff]/u;

function isGarbled(lines: readonly PositionedLine[]): boolean {
  const characters = Array.from(
    lines
      .flatMap((line) => line.items.map((item) => item.text))
      .join("")
      .replace(/\s+/gu, ""),
  );
  const garbled = characters.filter((char) => MOJIBAKE.test(char)).length;
  const chinese = characters.filter((char) => CJK.test(char)).length;
  return characters.length >= 20 && garbled > characters.length * 0.3 && chinese < characters.length * 0.05;
}

async function openPdf(data: Uint8Array): Promise<PDFDocumentProxy> {
  try {
    return await getDocument({
      data,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      throw new UnreadablePdfError("PDF 文件已加密（需要密码才能打开），无法读取；请提供未加密的文件");
    throw new UnreadablePdfError(
      `不是可以读取的 PDF 文件（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
}

/** The PDF's text as positioned lines, page after page. */
export async function readPdfLines(bytes: Uint8Array): Promise<PositionedLine[]> {
  // pdf.js takes ownership of (detaches) the buffer it is given.
  const document = await openPdf(new Uint8Array(bytes));
  try {
    const lines: PositionedLine[] = [];
    let characters = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: Run[] = content.items.flatMap((item) => {
        if (!("str" in item) || item.str.trim() === "") return [];
        const [a = 0, b = 0, , , x = 0, y = 0] = item.transform as number[];
        characters += item.str.trim().length;
        return [{ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) || item.height || 10 }];
      });
      lines.push(...toLines(runs, number, lines.length + 1));
    }
    if (characters < MIN_TEXT_PER_PAGE * document.numPages)
      throw new UnreadablePdfError("这是扫描件，没有文字层，无法读取（不做文字识别）；请提供有文字的 PDF、Word 或网页");
    if (isGarbled(lines))
      throw new UnreadablePdfError(
        "PDF 的文字层是乱码（字体没有文字映射），无法读取；请提供 Word 文件、网页或重新导出的 PDF",
      );
    return lines;
  } finally {
    await document.destroy();
  }
}

export async function readPdfBlocks(bytes: Uint8Array): Promise<DocBlock[]> {
  return readPositionedLines(await readPdfLines(bytes));
}
