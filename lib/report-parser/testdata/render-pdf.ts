// A PDF written by hand: pages of text runs at given positions, in a Type0 font with Identity-H
// encoding (character code = Unicode code point) and a ToUnicode map, the way office suites
// write Chinese text; the font is not embedded (a reader shows boxes, text extraction works).
// Also a page with only an image (a scan) for the bad-input tests.
import type { PlacedText } from "./render-layout";

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const MARGIN = 56;
const FONT_SIZE = 10.5;
const LINE_HEIGHT = 16;

export interface PdfRun {
  text: string;
  x: number;
  y: number;
  size?: number;
}

function toHex(text: string): string {
  return Array.from(text, (char) => (char.codePointAt(0) ?? 0x3f).toString(16).padStart(4, "0").slice(-4)).join("");
}

function toUnicodeMap(): string {
  const ranges = Array.from({ length: 256 }, (_, high) => {
    const hex = high.toString(16).padStart(2, "0");
    return `<${hex}00> <${hex}ff> <${hex}00>`;
  });
  const chunks: string[] = [];
  for (let at = 0; at < ranges.length; at += 100) {
    const part = ranges.slice(at, at + 100);
    chunks.push(`${part.length} beginbfrange\n${part.join("\n")}\nendbfrange`);
  }
  return [
    "/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def /CMapType 2 def",
    "1 begincodespacerange <0000> <ffff> endcodespacerange",
    ...chunks,
    "endcmap CMapName currentdict /CMap defineresource pop end end",
  ].join("\n");
}

function pageContent(runs: readonly PdfRun[]): string {
  return runs
    .map(
      (run) =>
        `BT /F1 ${run.size ?? FONT_SIZE} Tf 1 0 0 1 ${run.x.toFixed(2)} ${run.y.toFixed(2)} Tm <${toHex(run.text)}> Tj ET`,
    )
    .join("\n");
}

/** A PDF with the given pages of runs (or image-only pages for `scanned`). */
export function writePdf(pages: readonly (readonly PdfRun[])[], options: { scanned?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add("");
  const pagesId = add("");
  const toUnicode = toUnicodeMap();
  const cmapId = add(`<< /Length ${Buffer.byteLength(toUnicode)} >>\nstream\n${toUnicode}\nendstream`);
  const descriptor = add(
    "<< /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -140 1000 860] /ItalicAngle 0 /Ascent 860 /Descent -140 /CapHeight 700 /StemV 80 >>",
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmapId} 0 R >>`,
  );
  const image = options.scanned
    ? add(
        "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\n\x80\x40\x20\x10\nendstream",
      )
    : 0;
  const pageIds = pages.map((runs) => {
    const content = options.scanned ? `q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q` : pageContent(runs);
    const contentId = add(`<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`);
    const resources = options.scanned ? `<< /XObject << /Im1 ${image} 0 R >> >>` : `<< /Font << /F1 ${font} 0 R >> >>`;
    return add(
      `<< /Type /Page /Parent ${pagesId} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources ${resources} /Contents ${contentId} 0 R >>`,
    );
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesId} 0 R >>`;
  objects[pagesId - 1] =
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`;
  let output = "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(output, "latin1"));
    output += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(output, "latin1");
  output += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("")}`;
  output += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(output, "latin1"));
}

/** A laid-out page (render-layout.ts) as PDF pages: a character column is half the font size. */
export function renderLayoutPdf(placed: readonly PlacedText[], options: { linesPerPage?: number } = {}): Uint8Array {
  const perPage = options.linesPerPage ?? Math.floor((PAGE_HEIGHT - 2 * MARGIN) / LINE_HEIGHT);
  const pages: PdfRun[][] = [];
  for (const piece of placed) {
    const page = Math.floor(piece.line / perPage);
    while (pages.length <= page) pages.push([]);
    pages[page]?.push({
      text: piece.text,
      x: MARGIN + piece.column * (FONT_SIZE / 2),
      y: PAGE_HEIGHT - MARGIN - (piece.line % perPage) * LINE_HEIGHT,
    });
  }
  return writePdf(pages);
}
