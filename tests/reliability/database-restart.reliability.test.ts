import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/server/auth/current-user";
import { disconnectDb } from "@/lib/server/db";
import { saveReport } from "@/lib/server/reports/save-report";
import { findPostgresBin, startPrivateCluster, type PrivateCluster } from "./private-cluster";
import { expectSavesAccountedFor, startClerkReport, type AcceptedSave } from "./save-accounting";

// PostgreSQL goes down (a crash: `pg_ctl stop -m immediate`) while clerks save, stays down for a
// while, and comes back. Saves during the outage must fail quickly with an error (the wizard then
// keeps the work and retries), the app must recover by itself (same Prisma client, same pool), and
// every save that was answered ok must be in the database after the crash recovery.

const bin = findPostgresBin();
const SAVERS = 4;
/** No save may take longer than this, outage or not: a hung save would freeze a clerk's wizard. */
const SAVE_BOUND_MS = 10_000;
const OUTAGE_MS = 2_000;

type Outcome = { saver: number; started: number; ended: number; result: "ok" | "conflict" | "error"; message?: string };

const holder = globalThis as typeof globalThis & { __gknbClients?: object };
let cluster: PrivateCluster | undefined;

beforeAll(async () => {
  cluster = await startPrivateCluster(bin);
  // Before the first query: lib/server/db.ts reads DATABASE_URL when it makes its pool.
  process.env.DATABASE_URL = cluster.url;
}, 120_000);

afterAll(async () => {
  await disconnectDb();
  await cluster?.destroy();
});

describe("saves while PostgreSQL crashes and restarts", () => {
  it("fail fast during the outage, succeed again without a new client, and lose no accepted save", async () => {
    const savers = await Promise.all(Array.from({ length: SAVERS }, () => startClerkReport()));
    const clientsBefore = holder.__gknbClients;
    expect(clientsBefore).toBeDefined();

    const outcomes: Outcome[] = [];
    const accepted: AcceptedSave[][] = savers.map(() => []);
    let running = true;
    let value = 0;

    async function save(index: number, user: StaffUser, reportId: string, version: number): Promise<number> {
      // Every save sends new values, so each accepted one leaves its own audit trail.
      value += 1;
      const cells = { "applications.1.natural": String(value), "reviews.review.pending": String(value + 1) };
      const started = performance.now();
      try {
        const sent = Object.fromEntries(Object.entries(cells).map(([key, text]) => [key, { value: text }]));
        const result = await saveReport(user, { reportId, version, cells: sent });
        const ended = performance.now();
        if (result.ok) {
          accepted[index]!.push({ version: result.version, cells });
          outcomes.push({ saver: index, started, ended, result: "ok" });
          return result.version;
        }
        outcomes.push({
          saver: index,
          started,
          ended,
          result: result.code === "conflict" ? "conflict" : "error",
          message: result.message,
        });
        // A save whose answer was lost in the crash may have been committed: carry on from what is stored.
        return result.code === "conflict" ? result.current.version : version;
      } catch (error) {
        // Prisma's message ends with the cause ("Can't reach database server at …").
        const message = (error instanceof Error ? error.message : String(error)).trim().split("\n").at(-1);
        outcomes.push({ saver: index, started, ended: performance.now(), result: "error", message });
        return version;
      }
    }

    const loops = savers.map(async ({ clerk, reportId }, index) => {
      let version = 1;
      while (running) {
        version = await save(index, clerk, reportId, version);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const stopping = performance.now();
    await cluster!.stop("immediate");
    const down = performance.now();
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    const starting = performance.now();
    await cluster!.start();
    const up = performance.now();
    // Until every clerk has saved three times more since the server is back (bounded).
    const okSinceUp = () =>
      savers.map(
        (_, index) =>
          outcomes.filter((outcome) => outcome.saver === index && outcome.started >= up && outcome.result === "ok")
            .length,
      );
    while (Math.min(...okSinceUp()) < 3 && performance.now() - up < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 100));
    running = false;
    await Promise.all(loops);

    const before = outcomes.filter((outcome) => outcome.ended < stopping);
    const during = outcomes.filter((outcome) => outcome.started >= down && outcome.ended <= starting);
    const after = outcomes.filter((outcome) => outcome.started >= up);
    const slowest = Math.max(...outcomes.map((outcome) => outcome.ended - outcome.started));
    const errors = [
      ...new Set(
        outcomes.filter((outcome) => outcome.result !== "ok").map((outcome) => `${outcome.result}: ${outcome.message}`),
      ),
    ];
    console.log(
      `${outcomes.length} saves: ${before.length} before the crash (all ok), ${during.length} while down ` +
        `(${during.filter((outcome) => outcome.result === "error").length} errors), ${after.length} after the restart ` +
        `(${after.filter((outcome) => outcome.result === "ok").length} ok); restart took ${((up - starting) / 1000).toFixed(1)} s, slowest save ${slowest.toFixed(0)} ms; refusals seen: ${errors.join(" | ")}`,
    );

    expect(before.length).toBeGreaterThan(0);
    expect(before.every((outcome) => outcome.result === "ok")).toBe(true);
    // Down: every save fails, with an error that says the database cannot be reached.
    expect(during.length).toBeGreaterThan(SAVERS);
    for (const outcome of during) {
      expect(outcome.result).toBe("error");
      expect(outcome.message).toMatch(/reach database server|ECONNREFUSED|connection terminated|shut ?down/i);
    }
    expect(slowest).toBeLessThan(SAVE_BOUND_MS);
    // Back: each clerk saves again, through the very same client and pool.
    expect(okSinceUp().every((count) => count >= 3)).toBe(true);
    expect(holder.__gknbClients).toBe(clientsBefore);

    for (const [index, { reportId }] of savers.entries()) await expectSavesAccountedFor(reportId, accepted[index]!);
  }, 120_000);
});
