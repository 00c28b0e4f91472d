import { beforeEach, describe, expect, it, vi } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "@/lib/front-cache/front-cache";
import { getPublishedDownload } from "@/lib/server/public/get-published-download";
import { GET } from "@/app/(public)/reports/[year]/[code]/download/[kind]/route";
import { GET as GET_REVISION } from "@/app/(public)/reports/[year]/[code]/revisions/[n]/download/[kind]/route";
import { formatContentDisposition, renderReportDownload } from "./report-download";
import { renderReportJson } from "./report-json";
import { readFixtureReport } from "./test-support";

vi.mock("@/lib/server/public/get-published-download", () => ({ getPublishedDownload: vi.fn() }));

const agency = { name: "本溪市科学技术局", code: "bxskxjsj" };
const publishedAt = new Date("2021-01-29T02:00:00Z");
const published = {
  report: readFixtureReport(),
  agency,
  publishedAt,
  firstPublishedAt: publishedAt,
  revisionNumber: 1,
  latestRevisionNumber: 1,
  revisions: [{ number: 1, publishedAt, correctionNote: null }],
  otherYears: [],
  corrections: [],
};

function readFileName(disposition: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1] ?? "";
  return decodeURIComponent(encoded);
}

function download(year: string, code: string, kind: string) {
  return GET(new Request(`http://localhost/reports/${year}/${code}/download/${kind}`), {
    params: Promise.resolve({ year, code, kind }),
  });
}

function downloadRevision(year: string, code: string, n: string, kind: string, headers: Record<string, string> = {}) {
  return GET_REVISION(
    new Request(`http://localhost/reports/${year}/${code}/revisions/${n}/download/${kind}`, { headers }),
    { params: Promise.resolve({ year, code, n, kind }) },
  );
}

describe("formatContentDisposition", () => {
  it("names the file in Chinese, with an ASCII name for old clients", () => {
    const disposition = formatContentDisposition(agency, 2020, "docx");
    expect(disposition).toMatch(
      /^attachment; filename="report-2020-bxskxjsj\.docx"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/,
    );
    expect(readFileName(disposition)).toBe("本溪市科学技术局-2020年度政府信息公开工作年度报告.docx");
  });

  it("keeps quotes, separators and parentheses out of the header and the file name", () => {
    const disposition = formatContentDisposition({ name: '测试局(试点)/"分局"', code: "中文代码" }, 2021, "csv");
    expect(disposition).toMatch(/^attachment; filename="report-2021-agency\.csv"; filename\*=UTF-8''[A-Za-z0-9%._-]+$/);
    expect(readFileName(disposition)).toBe("测试局(试点)__分局_-2021年度政府信息公开工作年度报告.csv");
  });
});

describe("renderReportDownload", () => {
  it("gives the interchange JSON as UTF-8 bytes", async () => {
    const result = await renderReportDownload("json", published);
    expect(result.contentType).toBe("application/json; charset=utf-8");
    expect(new TextDecoder().decode(result.body)).toBe(renderReportJson(published.report));
  });
});

describe("GET /reports/[year]/[code]/download/[kind] and /revisions/[n]/download/[kind]", () => {
  beforeEach(() => {
    vi.mocked(getPublishedDownload).mockReset();
    vi.mocked(getPublishedDownload).mockImplementation(async (year, code, kind, number) => {
      if (year !== 2020 || code !== agency.code || (number !== null && number !== 1)) return null;
      const built = await renderReportDownload(kind, published);
      return {
        body: Buffer.from(built.body),
        etag: '"stored-etag"',
        contentType: built.contentType,
        contentDisposition: built.contentDisposition,
        revisionNumber: 1,
        latest: true,
      };
    });
  });

  it.each([
    ["docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
    ["xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
    ["csv", "text/csv; charset=utf-8; header=present"],
    ["json", "application/json; charset=utf-8"],
  ])(
    "serves %s as an attachment with a Chinese file name: the latest revision briefly cached, a revision's URL for a year",
    async (kind, contentType) => {
      const response = await download("2020", agency.code, kind);
      expect(response.status).toBe(200);
      expect(response.headers.get("Content-Type")).toBe(contentType);
      expect(response.headers.get("Cache-Control")).toBe(PUBLIC_CACHE_CONTROL);
      expect(response.headers.get("ETag")).toBe('"stored-etag"');
      expect(response.headers.get("Content-Location")).toBe(
        `/reports/2020/${agency.code}/revisions/1/download/${kind}`,
      );
      expect(readFileName(response.headers.get("Content-Disposition") ?? "")).toBe(
        `本溪市科学技术局-2020年度政府信息公开工作年度报告.${kind}`,
      );
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
      expect(getPublishedDownload).toHaveBeenCalledWith(2020, agency.code, kind, null);

      const revision = await downloadRevision("2020", agency.code, "1", kind);
      expect(revision.status).toBe(200);
      expect(revision.headers.get("Cache-Control")).toBe("public, max-age=31536000, s-maxage=31536000, immutable");
      expect(getPublishedDownload).toHaveBeenLastCalledWith(2020, agency.code, kind, 1);
    },
  );

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const response = await downloadRevision("2020", agency.code, "1", "docx", {
      "If-None-Match": 'W/"other", "stored-etag"',
    });
    expect(response.status).toBe(304);
    expect(response.headers.get("ETag")).toBe('"stored-etag"');
    expect(await response.text()).toBe("");
    expect((await downloadRevision("2020", agency.code, "1", "docx", { "If-None-Match": '"other"' })).status).toBe(200);
  });

  it("answers 404 alike for an unknown kind, a malformed year or revision, and an unknown or unpublished report", async () => {
    for (const [year, code, kind] of [
      ["2020", agency.code, "pdf"],
      ["0x7E4", agency.code, "json"],
      ["2020.0", agency.code, "json"],
      ["2021", agency.code, "json"],
      ["2020", "nobody", "json"],
    ] as const) {
      const response = await download(year, code, kind);
      expect(response.status, `${year}/${code}/${kind}`).toBe(404);
      expect(await response.text()).toBe("未找到该报告。");
    }
    for (const number of ["0", "01", "1.0", "2"])
      expect((await downloadRevision("2020", agency.code, number, "json")).status, number).toBe(404);
    expect(getPublishedDownload).toHaveBeenCalledTimes(3);
  });
});
