import { afterAll, describe, expect, it } from "vitest";
import { disconnectDb } from "@/lib/server/db";
import { createStaff } from "@/lib/server/reports/report-test-support";
import { saveReport } from "@/lib/server/reports/save-report";
import { expectSavesAccountedFor, startClerkReport, type AcceptedSave } from "./save-accounting";

// Lost updates, over many rounds: clerks of one agency keep saving the same cell at once, each
// from the version it last saw. lib/server/reports/save-report.integration.test.ts shows one
// round (ten saves of one version: one wins); here the race goes on, conflicts are answered
// as the wizard does (take the current version, send again), and the audit log must account
// for every accepted value.

afterAll(() => disconnectDb());

const CLERKS = 8;
const WINS_EACH = 3;
const CELL = "reviews.review.pending";

describe("concurrent saves of one cell, round after round", () => {
  it("let exactly one save through per version, refuse the rest as conflicts and audit every accepted value", async () => {
    const { agency, clerk, reportId } = await startClerkReport();
    const clerks = [
      clerk,
      ...(await Promise.all(Array.from({ length: CLERKS - 1 }, () => createStaff([{ role: "CLERK", agency }])))),
    ];
    const accepted: AcceptedSave[] = [];
    let conflicts = 0;

    await Promise.all(
      clerks.map(async (user, index) => {
        let version = 1;
        let wins = 0;
        for (let attempt = 0; wins < WINS_EACH && attempt < 200; attempt++) {
          const value = String(1000 * (index + 1) + attempt);
          const result = await saveReport(user, { reportId, version, cells: { [CELL]: { value } } });
          if (result.ok) {
            accepted.push({ version: result.version, cells: { [CELL]: value } });
            version = result.version;
            wins += 1;
          } else if (result.code === "conflict") {
            conflicts += 1;
            version = result.current.version;
          } else {
            throw new Error(`unexpected refusal: ${result.message}`);
          }
        }
      }),
    );

    console.log(`${accepted.length} saves accepted, ${conflicts} refused as conflicts`);
    expect(accepted).toHaveLength(CLERKS * WINS_EACH);
    // Versions 2, 3, … each won by exactly one save.
    expect(accepted.map((save) => save.version).sort((a, b) => a - b)).toEqual(
      Array.from({ length: accepted.length }, (_, index) => index + 2),
    );
    expect(conflicts).toBeGreaterThan(0);
    await expectSavesAccountedFor(reportId, accepted);
  });
});
