import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/server/db";
import { snapshotReport } from "@/lib/server/reports/report-test-support";
import { saveReport } from "@/lib/server/reports/save-report";
import { expectSavesAccountedFor, startClerkReport } from "./save-accounting";

// A save whose database session dies in the middle of its write (the server killed the backend,
// the connection broke, the pod was evicted) leaves nothing half-written: not the bumped version,
// not the cells, not the audit event. The save writes in one statement (save-statements.ts): it
// is held there after bumping the version, at a cell whose row another session has locked, and
// its backend is terminated there.

afterAll(() => disconnectDb());

async function waitForBlockedSave(observer: pg.Client): Promise<{ pid: number; query: string; xid: string | null }> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await observer.query<{ pid: number; query: string; xid: string | null }>(
      `SELECT a.pid, a.query, a.backend_xid::text AS xid FROM pg_stat_activity a
       WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() AND a.wait_event_type = 'Lock'`,
    );
    if (rows[0]) return rows[0];
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("the save never waited for the lock");
}

describe("a save interrupted inside its write", () => {
  it("leaves the cells, the version and the audit rows exactly as before, and the next save works", async () => {
    const { clerk, reportId } = await startClerkReport();
    const first = await saveReport(clerk, {
      reportId,
      version: 1,
      cells: { "applications.1.natural": { value: "3" } },
    });
    expect(first).toMatchObject({ ok: true, version: 2 });
    const before = await snapshotReport(reportId);

    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    const observer = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await Promise.all([holder.connect(), observer.connect()]);
    try {
      await holder.query("BEGIN");
      const locked = await holder.query(
        `SELECT 1 FROM report_cell c JOIN report r ON r.current_revision_id = c.revision_id
         WHERE r.id = $1 AND c.table_key = 'applications' AND c.row_key = '1' AND c.column_key = 'natural'
         FOR UPDATE OF c`,
        [reportId],
      );
      expect(locked.rowCount).toBe(1);
      const interrupted = saveReport(clerk, {
        reportId,
        version: 2,
        cells: { "applications.1.natural": { value: "8" }, "applications.1.commercial": { value: "4" } },
        texts: { overview: "本年度，本机关认真贯彻落实《中华人民共和国政府信息公开条例》。" },
      }).then(
        (result) => ({ result, error: null }),
        (error: unknown) => ({ result: null, error: error instanceof Error ? error : new Error(String(error)) }),
      );

      const blocked = await waitForBlockedSave(observer);
      // Held inside the save's one statement, having written already (the version: it has a transaction id).
      expect(blocked.query).toMatch(/UPDATE report SET version[\s\S]*INSERT INTO report_cell/);
      expect(blocked.xid).not.toBeNull();
      const { rows } = await observer.query<{ terminated: boolean }>("SELECT pg_terminate_backend($1) AS terminated", [
        blocked.pid,
      ]);
      expect(rows[0]?.terminated).toBe(true);

      const outcome = await interrupted;
      expect(outcome.result).toBeNull();
      expect(outcome.error?.message).toMatch(/terminat/i);
    } finally {
      await holder.query("ROLLBACK").catch(() => {});
      await Promise.all([holder.end(), observer.end()]);
    }

    expect(await snapshotReport(reportId)).toEqual(before);
    // The pool lost a connection; the next save takes another one and goes through.
    const cells = { "applications.1.natural": "9", "applications.1.commercial": "5" };
    const next = await saveReport(clerk, {
      reportId,
      version: 2,
      cells: { "applications.1.natural": { value: "9" }, "applications.1.commercial": { value: "5" } },
    });
    expect(next).toMatchObject({ ok: true, version: 3 });
    await expectSavesAccountedFor(reportId, [
      { version: 2, cells: { "applications.1.natural": "3" } },
      { version: 3, cells },
    ]);
  });
});
