// Report files are UTF-8 JSON. A byte sequence that is not UTF-8 is refused rather than decoded
// with U+FFFD replacement characters, which would silently change the report's texts and publish
// them damaged.

export type DecodedFile = { ok: true; text: string } | { ok: false; message: string };

export const INVALID_UTF8_MESSAGE =
  "文件不是有效的 UTF-8 编码（含有无法识别的字节，可能已损坏，或以 GBK 等其他编码保存），未导入。请用 UTF-8 编码重新保存后再试。";

export function decodeReportFile(bytes: Uint8Array): DecodedFile {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: INVALID_UTF8_MESSAGE };
  }
}
