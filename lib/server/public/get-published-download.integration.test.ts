import { afterAll, describe, expect, it } from "vitest";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { db, disconnectDb } from "../db";
import { clearDownloadCache, etagOf, getPublishedDownload } from "./get-published-download";

afterAll(() => disconnectDb());

/** A published correction of the report's latest revision: revision n+1, its overview changed. */
async function publishCorrection(reportId: string, overview: string): Promise<void> {
  const last = await db.reportRevision.findFirstOrThrow({
    where: { reportId },
    orderBy: { number: "desc" },
    include: { cells: true },
  });
  await db.reportRevision.create({
    data: {
      reportId,
      number: last.number + 1,
      overview,
      publishedAt: new Date(),
      correctionNote: "更正概述",
      cells: { createMany: { data: last.cells.map(({ revisionId: _revisionId, ...cell }) => cell) } },
    },
  });
}

describe("getPublishedDownload", () => {
  it("builds each file once: later requests, other processes and simultaneous first requests get the first build's bytes", async () => {
    const agency = await createTestAgency();
    await createTestReport({ agencyId: agency.id, status: "PUBLISHED", seed: 11 });
    for (const kind of ["docx", "xlsx", "csv", "json"] as const) {
      // Twenty simultaneous first requests: one build, one stored row, the same bytes for all.
      const first = await Promise.all(
        Array.from({ length: 20 }, () => getPublishedDownload(2025, agency.code, kind, null)),
      );
      const bodies = new Set(first.map((download) => download!.body.toString("base64")));
      expect(bodies.size, kind).toBe(1);
      const stored = await db.publishedDownload.findMany({
        where: { kind, revision: { report: { agencyId: agency.id } } },
      });
      expect(stored, kind).toHaveLength(1);
      expect(Buffer.from(stored[0]!.body).equals(first[0]!.body), kind).toBe(true);
      expect(first[0]!.etag).toBe(etagOf(first[0]!.body));
      expect(first[0]).toMatchObject({ revisionNumber: 1, latest: true });

      // As another instance would: nothing in memory, the stored bytes (a rebuild of docx or xlsx would differ in its zip timestamps).
      clearDownloadCache();
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const again = await getPublishedDownload(2025, agency.code, kind, 1);
      expect(again!.body.equals(first[0]!.body), kind).toBe(true);
      expect(again!.etag).toBe(first[0]!.etag);
    }
  });

  it("a correction is a new revision with new files; the earlier revision's files stay as they were", async () => {
    const agency = await createTestAgency();
    const report = await createTestReport({ agencyId: agency.id, status: "PUBLISHED", seed: 12 });
    const before = await getPublishedDownload(2025, agency.code, "json", null);
    await publishCorrection(report.id, "更正后的概述文字");
    const after = await getPublishedDownload(2025, agency.code, "json", null);
    expect(after).toMatchObject({ revisionNumber: 2, latest: true });
    expect(after!.body.toString("utf8")).toContain("更正后的概述文字");
    expect(after!.etag).not.toBe(before!.etag);
    const old = await getPublishedDownload(2025, agency.code, "json", 1);
    expect(old).toMatchObject({ revisionNumber: 1, latest: false });
    expect(old!.body.equals(before!.body)).toBe(true);
  });

  it("a rename rebuilds the files with the new name", async () => {
    const agency = await createTestAgency();
    await createTestReport({ agencyId: agency.id, status: "PUBLISHED", seed: 13 });
    const before = await getPublishedDownload(2025, agency.code, "csv", null);
    const renamed = `${agency.name}（更名）`;
    await db.agency.update({ where: { id: agency.id }, data: { name: renamed } });
    const after = await getPublishedDownload(2025, agency.code, "csv", null);
    expect(after!.body.toString("utf8")).toContain(renamed);
    expect(after!.etag).not.toBe(before!.etag);
    expect(after!.contentDisposition).toContain(encodeURIComponent("（更名）"));
    expect(
      await db.publishedDownload.count({ where: { kind: "csv", revision: { report: { agencyId: agency.id } } } }),
    ).toBe(1);
  });

  it("unpublished, scheduled, unknown revisions and unknown agencies are not found", async () => {
    const draft = await createTestAgency();
    await createTestReport({ agencyId: draft.id, status: "APPROVED", seed: 14 });
    const scheduled = await createTestAgency();
    const later = await createTestReport({ agencyId: scheduled.id, status: "PUBLISHED", seed: 15 });
    await db.reportRevision.updateMany({
      where: { reportId: later.id },
      data: { publishedAt: new Date(Date.now() + 86_400_000) },
    });
    expect(await getPublishedDownload(2025, draft.code, "docx", null)).toBeNull();
    expect(await getPublishedDownload(2025, scheduled.code, "docx", null)).toBeNull();
    expect(await getPublishedDownload(2025, scheduled.code, "docx", 1)).toBeNull();
    expect(await getPublishedDownload(2025, "no-such-agency", "docx", null)).toBeNull();
    const published = await createTestAgency();
    await createTestReport({ agencyId: published.id, status: "PUBLISHED", seed: 16 });
    expect(await getPublishedDownload(2025, published.code, "docx", 2)).toBeNull();
    expect(await getPublishedDownload(2024, published.code, "docx", null)).toBeNull();
    expect(
      await db.publishedDownload.count({
        where: { revision: { report: { agencyId: { in: [draft.id, scheduled.id] } } } },
      }),
    ).toBe(0);
  });
});
