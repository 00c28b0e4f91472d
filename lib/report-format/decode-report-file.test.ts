import { describe, expect, it } from "vitest";
import { INVALID_UTF8_MESSAGE, decodeReportFile } from "./decode-report-file";

describe("decodeReportFile", () => {
  it("decodes UTF-8 (with or without a byte order mark)", () => {
    const text = '{"agency":"本溪市科学技术局"}';
    expect(decodeReportFile(new TextEncoder().encode(text))).toEqual({ ok: true, text });
    expect(decodeReportFile(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      ok: true,
      text,
    });
  });

  it("refuses invalid UTF-8 with a Chinese message instead of replacing it with U+FFFD", () => {
    const broken = new Uint8Array([
      ...new TextEncoder().encode('{"overview":"本年度'),
      0xff,
      0xfe,
      ...new TextEncoder().encode('"}'),
    ]);
    expect(decodeReportFile(broken)).toEqual({ ok: false, message: INVALID_UTF8_MESSAGE });
    // GBK bytes of 本溪 are not UTF-8 either.
    expect(decodeReportFile(new Uint8Array([0xb1, 0xbe, 0xcf, 0xaa]))).toMatchObject({ ok: false });
  });
});
