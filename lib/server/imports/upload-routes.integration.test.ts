// The report-file upload routes of the admin import page, called as the browser calls them (one
// multipart request per file): who may send, what is read, and bad files — a scan, an encrypted
// PDF, 50 MB, a document that is not a report, an archive sent to the server — each answered with
// a Chinese message and nothing written. A file imported into a new agency is one transaction.
import { readFileSync } from "node:fs";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { layoutReport } from "@/lib/report-parser/testdata/render-layout";
import { renderLayoutPdf, writePdf } from "@/lib/report-parser/testdata/render-pdf";
import { db, disconnectDb } from "@/lib/server/db";
import { ensureReportingYears } from "@/lib/server/reports/report-test-support";
import { createWorld, type World } from "@/tests/security/action-world";
import { asCaller } from "@/tests/security/signed-in-caller";
import { NOT_A_REPORT } from "./testdata/made-up-report-files";

vi.mock("@/lib/server/auth/current-user", () => import("@/tests/security/signed-in-caller"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

const { POST: readRoute } = await import("@/app/api/admin/imports/read/route");
const { POST: importRoute } = await import("@/app/api/admin/imports/import/route");

afterAll(() => disconnectDb());

let world: World;
beforeAll(async () => {
  await ensureReportingYears();
  world = await createWorld();
});

type Fields = Record<string, string | { name: string; bytes: Uint8Array }>;

function form(fields: Fields): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields))
    data.append(
      key,
      typeof value === "string" ? value : new File([value.bytes as Uint8Array<ArrayBuffer>], value.name),
    );
  return data;
}

async function post(
  route: (request: Request) => Promise<Response>,
  userId: string | null,
  body: FormData | Uint8Array,
  headers: Record<string, string> = {},
): Promise<{ status: number; answer: Record<string, unknown> }> {
  const request = new Request("http://localhost/api/admin/imports/x", {
    method: "POST",
    body: body as BodyInit,
    headers: { host: "localhost", ...headers },
  });
  const response = await asCaller(userId, () => route(request));
  return { status: response.status, answer: (await response.json()) as Record<string, unknown> };
}

function reportPdf(agencyName: string, year: number): Uint8Array {
  const report = buildConsistentReport({ format: "2021", seed: 77, year, agencyName });
  return renderLayoutPdf(
    layoutReport(report, { labelWidth: 16, valueWidth: 5, after: [agencyName, `${year + 1}年1月18日`] }),
  );
}

async function written(agencyIds: string[]): Promise<number> {
  const [reports, events] = await Promise.all([
    db.report.count({ where: { agencyId: { in: agencyIds } } }),
    db.auditEvent.count({ where: { agencyId: { in: agencyIds } } }),
  ]);
  return reports + events;
}

describe("report-file upload routes", () => {
  it("answer only a signed-in admin sending from our own pages", async () => {
    const file = { name: "report.pdf", bytes: reportPdf(world.agency.name, 2024) };
    expect(await post(readRoute, null, form({ file }))).toMatchObject({ status: 401, answer: { message: "请先登录" } });
    const clerk = await post(readRoute, world.users.clerk.id, form({ file }));
    expect(clerk).toMatchObject({ status: 403, answer: { ok: false, message: expect.stringContaining("主管部门") } });
    const forged = await post(readRoute, world.users.admin.id, form({ file }), {
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(forged).toMatchObject({ status: 403, answer: { message: expect.stringContaining("请求来源无效") } });

    // The other government's admin: the agency is not among theirs. Only their own 授权测试他局, a
    // similar name, is proposed (to be confirmed), and the agency itself cannot be imported into.
    const other = await post(readRoute, world.users.otherAdmin.id, form({ file }));
    expect(other.answer).toMatchObject({
      ok: true,
      preview: { proposedAgencyId: world.otherAgency.id, agencyMatching: { confidence: "similar" } },
    });
    const refused = await post(
      importRoute,
      world.users.otherAdmin.id,
      form({ file, target: JSON.stringify({ agencyId: world.agency.id }) }),
    );
    expect(refused).toMatchObject({
      status: 422,
      answer: { ok: false, message: expect.stringContaining("不在您管理的范围内") },
    });
    expect(await written([world.agency.id])).toBe(0);
  });

  it("read a PDF with its agency proposed, then import it with the printed date", async () => {
    const file = { name: "科技局2024.pdf", bytes: reportPdf(world.agency.name, 2024) };
    const { answer } = await post(readRoute, world.users.admin.id, form({ file }));
    const preview = answer.preview as {
      proposedAgencyId: string;
      year: number;
      blocked: string | null;
      metadata: { label: string; value: string }[];
    };
    expect(preview).toMatchObject({ proposedAgencyId: world.agency.id, year: 2024, blocked: null });
    expect(preview.metadata.find((field) => field.label === "发布日期")?.value).toBe("2025-01-18");

    const imported = await post(
      importRoute,
      world.users.admin.id,
      form({ file, target: JSON.stringify({ agencyId: world.agency.id }), publishedOn: "2025-01-18" }),
    );
    expect(imported).toMatchObject({ status: 200, answer: { ok: true, year: 2024, agencyCode: world.agency.code } });
    const report = await db.report.findFirstOrThrow({
      where: { agencyId: world.agency.id, year: 2024 },
      select: { status: true, publishedRevision: { select: { publishedAt: true } } },
    });
    expect(report.status).toBe("PUBLISHED");
    expect(report.publishedRevision?.publishedAt?.toISOString()).toBe("2025-01-18T04:00:00.000Z");
  });

  it("create a new agency with its report in one transaction: a refused report leaves no agency", async () => {
    const name = `${world.government.name.slice(0, 4)}新建档案馆${Date.now()}`;
    const target = JSON.stringify({
      newAgency: { name, kind: "DEPARTMENT", level: null, parentId: world.government.id },
    });
    // 2025 is open for reporting: refused, and the agency is not left behind.
    const open = await post(
      importRoute,
      world.users.admin.id,
      form({ file: { name: "a.pdf", bytes: reportPdf(name, 2025) }, target }),
    );
    expect(open.answer).toMatchObject({ ok: false, message: "2025 年度正在填报中，请通过填报和审核流程提交" });
    expect(await db.agency.count({ where: { name } })).toBe(0);

    const made = await post(
      importRoute,
      world.users.admin.id,
      form({ file: { name: "a.pdf", bytes: reportPdf(name, 2024) }, target }),
    );
    expect(made.answer).toMatchObject({ ok: true, agencyCreated: true, agencyName: name });
    const agency = await db.agency.findUniqueOrThrow({ where: { name }, include: { reports: true } });
    expect(agency.parentId).toBe(world.government.id);
    expect(agency.reports).toHaveLength(1);
  });

  it("refuse bad files with a Chinese reason and write nothing", async () => {
    const admin = world.users.admin.id;
    const target = JSON.stringify({ agencyId: world.agency.id });
    const before = await written([world.agency.id]);
    const cases: [string, Uint8Array, RegExp][] = [
      ["扫描件.pdf", writePdf([[], []], { scanned: true }), /这是扫描件，没有文字层，无法读取/u],
      ["加密.pdf", readFileSync("lib/report-parser/testdata/encrypted-report.pdf"), /PDF 文件已加密/u],
      [
        "通知.txt",
        NOT_A_REPORT,
        /^没有读出年度报告：文件开头是“青河区人民政府办公室关于做好2024年春节期间安全生产工作的通知”/u,
      ],
    ];
    for (const [name, bytes, reason] of cases) {
      const read = await post(readRoute, admin, form({ file: { name, bytes } }));
      expect((read.answer.preview as { blocked: string }).blocked, name).toMatch(reason);
      const imported = await post(importRoute, admin, form({ file: { name, bytes }, target }));
      expect(imported.answer, name).toMatchObject({
        ok: false,
        message: expect.stringMatching(reason.source.replace("^", "")),
      });
    }

    // 50 MB: refused as the body streams in, whatever the headers say.
    const huge = form({ file: { name: "大.pdf", bytes: new Uint8Array(50 * 1024 * 1024) }, target });
    const tooLarge = await post(importRoute, admin, huge);
    expect(tooLarge).toMatchObject({
      status: 413,
      answer: { ok: false, message: expect.stringContaining("文件过大") },
    });

    // The server unpacks no archive: the page unpacks a zip and sends its files one by one.
    const zip = zipSync({ "报告.txt": NOT_A_REPORT });
    const archive = await post(readRoute, admin, form({ file: { name: "报告.zip", bytes: zip } }));
    expect(archive).toMatchObject({
      status: 400,
      answer: { message: expect.stringContaining("压缩包请在页面上选择") },
    });
    const notForm = await post(readRoute, admin, new TextEncoder().encode("not a form"), {
      "content-type": "text/plain",
    });
    expect(notForm).toMatchObject({ status: 400, answer: { ok: false } });
    expect(await written([world.agency.id])).toBe(before);
  }, 60_000);
});
