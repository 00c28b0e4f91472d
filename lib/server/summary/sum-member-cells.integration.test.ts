import { afterAll, describe, expect, it } from "vitest";
import { toCells } from "@/lib/report-format";
import { createTestAgency, createTestReport } from "@/tests/factories";
import { disconnectDb } from "../db";
import { exportReport } from "../report-cells/read-report";
import { sumMemberCells } from "./sum-member-cells";

afterAll(() => disconnectDb());

describe("sumMemberCells", () => {
  it("sums every cell over the approved and published member reports, and lists the missing members", async () => {
    const government = await createTestAgency({ kind: "GOVERNMENT" });
    const published = await createTestAgency({ parentId: government.id });
    const approved = await createTestAgency({ parentId: government.id });
    const township = await createTestAgency({ kind: "TOWNSHIP", parentId: government.id });
    const draft = await createTestAgency({ parentId: government.id });
    const silent = await createTestAgency({ parentId: government.id });
    await createTestAgency({ parentId: published.id }); // not a member: two levels down

    const reports = [
      await createTestReport({ agencyId: published.id, status: "PUBLISHED", seed: 1 }),
      await createTestReport({ agencyId: approved.id, status: "APPROVED", seed: 2 }),
      await createTestReport({ agencyId: township.id, status: "PUBLISHED", seed: 3 }),
    ];
    await createTestReport({ agencyId: draft.id, status: "DRAFT", seed: 4 });

    const sums = await sumMemberCells(government.id, 2025);
    const expected = new Map<string, number>();
    for (const report of reports) {
      const exported = await exportReport(report.id, "current");
      for (const cell of toCells(exported!)) {
        if (cell.type === "money") continue;
        const key = `${cell.table}.${cell.row}.${cell.column}`;
        expected.set(key, (expected.get(key) ?? 0) + Number(cell.value));
      }
    }
    const counts = sums.cells.filter((cell) => cell.unit === null);
    expect(counts).toHaveLength(expected.size);
    for (const cell of counts) expect(cell.value).toBe(expected.get(`${cell.table}.${cell.row}.${cell.column}`));
    expect(sums.included.map((member) => member.agencyId).sort()).toEqual(
      [published.id, approved.id, township.id].sort(),
    );
    expect(sums.missing.map((member) => member.agencyId).sort()).toEqual([draft.id, silent.id].sort());
    const fees = sums.cells.find((cell) => cell.table === "art20_8");
    expect(fees?.unit).toBe("万元");
  });
});
