import { describe, expect, it } from "vitest";
import { listCellDefinitions, listTotalInputs } from "@/lib/report-format";
import { listTotalsOf } from "./total-dependents";

describe("listTotalsOf", () => {
  it("names the row total, the column's （七）总计 and the grand total for a result cell", () => {
    expect([...listTotalsOf("2021", "applications.3.1.natural")].sort()).toEqual(
      ["applications.3.1.total", "applications.3.7.natural", "applications.3.7.total"].sort(),
    );
    expect(listTotalsOf("2021", "applications.1.total")).toEqual([]);
  });

  it("is the totals graph read backwards, for both formats", () => {
    for (const format of ["2019", "2021"] as const) {
      const inputs = listTotalInputs(format);
      for (const cell of listCellDefinitions(format)) {
        if (cell.computed) continue;
        const expected = [...inputs].filter(([, terms]) => terms.includes(cell.key)).map(([total]) => total);
        expect([...listTotalsOf(format, cell.key)].sort()).toEqual(expected.sort());
      }
    }
  });
});
