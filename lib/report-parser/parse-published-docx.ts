// A report published as a Word file: mammoth turns it into HTML (paragraphs, and tables with
// their merged cells as rowspan/colspan), which is then read like a report page.
import mammoth from "mammoth";
import { parsePublishedReport } from "./parse-published-report";
import type { ParseOptions, ParseResult } from "./types";

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0];

/** `data`: the .docx file's bytes (a Node Buffer is a Uint8Array). */
export async function parsePublishedDocx(
  data: ArrayBuffer | Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  return parsePublishedReport({ kind: "html", content: await readDocxHtml(data) }, options);
}

/** The .docx file as HTML (mammoth); throws when it is not a Word file. */
export async function readDocxHtml(data: ArrayBuffer | Uint8Array): Promise<string> {
  // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both hand it to JSZip,
  // which takes either kind of bytes.
  const input = { buffer: data, arrayBuffer: data } as unknown as MammothInput;
  return (await mammoth.convertToHtml(input)).value;
}
