import { describe, expect, it } from "vitest";
import { listCellDefinitions } from "@/lib/report-format";
import type { EditableState } from "@/lib/server/reports/editable-state";
import { DraftModel } from "./draft-model";
import { mergeSavedState } from "./merge-saved-state";

// 2019: 采购总金额 carries its unit (元 or 万元); the merge compares and offers value and unit together.
const AMOUNT = "art20_9.procurement.amount";

function state(
  cells: Record<string, string>,
  units: Record<string, "元" | "万元"> = {},
  texts: Partial<EditableState["texts"]> = {},
): EditableState {
  const all: Record<string, string> = {};
  for (const cell of listCellDefinitions("2019")) if (!cell.computed) all[cell.key] = cells[cell.key] ?? "";
  return {
    version: 1,
    cells: all,
    units,
    prefilled: [],
    texts: { overview: "", problems: "", other: "", ...texts },
    explanations: {},
    savedAt: "2026-01-10T02:00:00.000Z",
    savedBy: "甲",
  };
}

describe("the three-way merge of a save conflict", () => {
  it("takes what only the server changed, keeps what only the clerk changed, asks about what both changed", () => {
    const draft = new DraftModel(
      "2019",
      state({ "applications.1.natural": "1", "applications.2.natural": "2" }, {}, { overview: "原文" }),
    );
    draft.writeCell("applications.1.natural", "7");
    draft.texts = { ...draft.texts, overview: "我的" };
    const outcome = mergeSavedState(
      "2019",
      draft,
      state(
        { "applications.1.natural": "5", "applications.2.natural": "3" },
        {},
        { overview: "原文", problems: "他们的" },
      ),
    );
    expect(outcome.cells.map((cell) => [cell.key, cell.value])).toEqual([["applications.2.natural", "3"]]);
    expect(outcome.texts).toEqual([{ key: "problems", value: "他们的" }]);
    expect(outcome.items.map((item) => [item.key, item.mine, item.theirs])).toEqual([
      ["applications.1.natural", "7", "5"],
    ]);
  });

  it("compares an amount with its unit, shows both through the one formatter, and offers each side whole", () => {
    const draft = new DraftModel("2019", state({ [AMOUNT]: "1" }, { [AMOUNT]: "万元" }));
    draft.writeCell(AMOUNT, "1.5");
    const outcome = mergeSavedState("2019", draft, state({ [AMOUNT]: "1" }, { [AMOUNT]: "元" }));
    expect(outcome.items).toEqual([
      expect.objectContaining({
        key: AMOUNT,
        mine: "1.5万元",
        theirs: "1元",
        choices: { mine: { value: "1.5", unit: "万元" }, theirs: { value: "1", unit: "元" } },
      }),
    ]);
  });

  it("sees no conflict where both made the same change, and none where the clerk's change cannot be saved yet but the server did not move", () => {
    const draft = new DraftModel("2019", state({ "applications.1.natural": "1" }));
    draft.writeCell("applications.1.natural", "5");
    draft.writeCell("applications.2.natural", "x");
    const outcome = mergeSavedState("2019", draft, state({ "applications.1.natural": "5" }));
    expect(outcome.items).toEqual([]);
    expect(outcome.cells).toEqual([]);
  });
});
