import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/lib/server/db";
import { createClerkAgency } from "@/lib/server/reports/report-test-support";
import { saveReport } from "@/lib/server/reports/save-report";
import { startReport } from "@/lib/server/reports/start-report";
import { expectSavesAccountedFor } from "./save-accounting";

// Bursts: the season opens and every clerk clicks 开始填报 in the same minute, or a deadline
// reminder goes out and their saves arrive in the same moment, with far fewer database
// connections than requests. Each request must wait its turn for a connection and succeed; none
// may fail because the queue was long. (With Prisma's default, a transaction that waited 2 s
// for a connection failed with "Unable to start a transaction in the given time": 6 of 60
// clerks starting at once on the default pool of 10.)

const CLERKS = 60;
const CELL = "reviews.review.pending";

// Two connections for this file's client, so that the bursts queue: a fresh pool is made on
// the next query after disconnectDb().
const poolSize = process.env.DATABASE_POOL_SIZE;
beforeAll(async () => {
  await disconnectDb();
  process.env.DATABASE_POOL_SIZE = "2";
});
afterAll(async () => {
  await disconnectDb();
  if (poolSize === undefined) delete process.env.DATABASE_POOL_SIZE;
  else process.env.DATABASE_POOL_SIZE = poolSize;
});

describe("bursts of requests on a small connection pool", () => {
  it("queue every start and every save for a connection and accept them all", async () => {
    const clerks = [];
    for (let index = 0; index < CLERKS; index++) clerks.push(await createClerkAgency());

    let started = performance.now();
    const starts = await Promise.all(
      clerks.map(({ clerk, agency }) => startReport(clerk, { agencyCode: agency.code, year: 2025 })),
    );
    console.log(
      `${CLERKS} reports started at once through 2 connections in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(starts.filter((result) => !result.ok)).toEqual([]);
    const reportIds = starts.map((result) => (result.ok ? result.reportId : ""));
    expect(
      await db.report.count({ where: { id: { in: reportIds }, version: 1, currentRevisionId: { not: null } } }),
    ).toBe(CLERKS);

    started = performance.now();
    const saves = await Promise.all(
      clerks.map(({ clerk }, index) =>
        saveReport(clerk, { reportId: reportIds[index]!, version: 1, cells: { [CELL]: { value: String(index) } } }),
      ),
    );
    console.log(`${CLERKS} saves at once through 2 connections in ${(performance.now() - started).toFixed(0)} ms`);
    expect(saves.filter((result) => !result.ok)).toEqual([]);
    for (const [index, reportId] of reportIds.entries())
      await expectSavesAccountedFor(reportId, [{ version: 2, cells: { [CELL]: String(index) } }]);
  });
});
