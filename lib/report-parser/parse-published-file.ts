// A published report as the file a user has: .pdf, .doc, .docx, .html/.htm, .md, .txt. Chooses
// the reader by the file's extension (and, for a file that lies about it, by its first bytes),
// refuses what cannot be a report with a message in Chinese, and never writes anything.
// Server and CLI only (pdf.js and the .doc reader are heavy): not exported from the index.
import WordExtractor from "word-extractor";
import { describeMegabytes as describeSize, MAX_FILE_BYTES, SUPPORTED_EXTENSIONS } from "./file-limits";
import { readDocxHtml } from "./parse-published-docx";
import { parseDocumentBlocks, parsePublishedReport } from "./parse-published-report";
import { readHtmlBlocks } from "./read-html-blocks";
import { readPdfBlocks, UnreadablePdfError } from "./read-pdf";
import { restoreWordTableRows } from "./read-word-table-text";
import type { DocBlock, ParseOptions, ParseResult } from "./types";

/** A file refused before it is read as a report; the message is for people (Chinese). */
export class UnreadableFileError extends Error {}

export { MAX_FILE_BYTES, SUPPORTED_EXTENSIONS };

const PDF_MAGIC = "%PDF-";
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** Pages and text files from government sites are often GB18030 (GBK, GB2312), not UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function extensionOf(name: string): string {
  const match = /\.[^./\\]+$/u.exec(name.toLowerCase());
  return match ? match[0] : "";
}

async function readDoc(bytes: Uint8Array): Promise<string> {
  try {
    const document = await new WordExtractor().extract(Buffer.from(bytes));
    return document.getBody();
  } catch (error) {
    throw new UnreadableFileError(
      `不是可以读取的 .doc 文件（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
}

/** A file read as a report, with its text as a person reads it (for showing beside the reading). */
export interface PublishedFileReading {
  result: ParseResult;
  /** The document as lines: text files as they are; pages, Word files and PDFs as their paragraphs and rows (cells separated by tabs). */
  text: string;
}

export async function parsePublishedFile(
  name: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  return (await readPublishedFile(name, bytes, options)).result;
}

function blocksToText(blocks: readonly DocBlock[]): string {
  return blocks
    .map((block) => (block.kind === "paragraph" ? block.text : block.cells.map((cell) => cell.text).join("\t")))
    .join("\n");
}

function readPage(html: string, options: ParseOptions): PublishedFileReading {
  return {
    result: parsePublishedReport({ kind: "html", content: html }, options),
    text: blocksToText(readHtmlBlocks(html).blocks),
  };
}

function readText(content: string, options: ParseOptions): PublishedFileReading {
  return { result: parsePublishedReport({ kind: "text", content }, options), text: content };
}

/** As parsePublishedFile, with the document's text. */
export async function readPublishedFile(
  name: string,
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<PublishedFileReading> {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new UnreadableFileError(
      `文件有 ${describeSize(bytes.length)}，超过 ${describeSize(MAX_FILE_BYTES)} 的上限：年度报告不会这么大，没有读取`,
    );
  }
  if (bytes.length === 0) throw new UnreadableFileError("文件是空的");
  const extension = extensionOf(name);
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 1024));
  if (extension === ".pdf" || head.startsWith(PDF_MAGIC)) {
    if (!head.includes(PDF_MAGIC)) throw new UnreadableFileError("文件扩展名是 .pdf，内容却不是 PDF");
    try {
      const blocks = await readPdfBlocks(bytes);
      return { result: parseDocumentBlocks(blocks, options), text: blocksToText(blocks) };
    } catch (error) {
      if (error instanceof UnreadablePdfError) throw new UnreadableFileError(error.message);
      throw error;
    }
  }
  if (extension === ".doc" || (startsWith(bytes, OLE_MAGIC) && extension !== ".docx")) {
    if (!startsWith(bytes, OLE_MAGIC)) {
      if (startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes, options);
      // Some sites save a web page under .doc: read it as the page it is.
      const text = decodeText(bytes);
      return /<html|<table|<p[\s>]/iu.test(text) ? readPage(text, options) : readText(text, options);
    }
    return readText(restoreWordTableRows(await readDoc(bytes)), options);
  }
  if (extension === ".docx" || startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes, options);
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(extension) && extension !== "") {
    throw new UnreadableFileError(`只能读取 ${SUPPORTED_EXTENSIONS.join("、")} 文件，不能读取“${extension}”文件`);
  }
  const text = decodeText(bytes);
  const html =
    extension === ".html" || extension === ".htm" || (extension === "" && /^\s*<(?:!doctype|html)/iu.test(text));
  return html ? readPage(text, options) : readText(text, options);
}

async function readDocx(bytes: Uint8Array, options: ParseOptions): Promise<PublishedFileReading> {
  let html: string;
  try {
    html = await readDocxHtml(bytes);
  } catch (error) {
    throw new UnreadableFileError(
      `不是可以读取的 .docx 文件（${error instanceof Error ? error.message : String(error)}）`,
    );
  }
  return readPage(html, options);
}
