import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { listCellDefinitions, type Report } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import type { SaveReportActionResult, SaveReportRequest } from "@/lib/requests/wizard";
import type { EditableState } from "@/lib/server/reports/editable-state";
import { CHECK_DELAY_MS, WizardStore, type WizardData } from "./wizard-store";

function state(cells: Record<string, string> = {}, extra: Partial<EditableState> = {}): EditableState {
  const all: Record<string, string> = {};
  for (const cell of listCellDefinitions("2021")) if (!cell.computed) all[cell.key] = cells[cell.key] ?? "";
  return {
    version: 1,
    cells: all,
    units: {},
    prefilled: [],
    texts: { overview: "", problems: "", other: "" },
    explanations: {},
    savedAt: "2026-01-10T02:00:00.000Z",
    savedBy: "甲",
    ...extra,
  };
}

function data(editable: EditableState, previous: Report | null = null): WizardData {
  return {
    id: "report-1",
    year: 2025,
    format: "2021",
    status: "DRAFT",
    readOnly: false,
    agency: { name: "测试局", code: "t" },
    deadline: null,
    returnReason: null,
    comments: [],
    state: editable,
    previous,
  };
}

/** A save function answering from a script, recording what it was sent. */
function server(...answers: ((request: SaveReportRequest) => SaveReportActionResult | Error)[]) {
  const requests: SaveReportRequest[] = [];
  const save = vi.fn(async (request: SaveReportRequest) => {
    requests.push(structuredClone(request));
    const answer = (
      answers.shift() ??
      ((sent) => ({ ok: true, version: sent.version + 1, savedAt: "2026-01-10T03:00:00.000Z", changed: 1 }))
    )(request);
    if (answer instanceof Error) throw answer;
    return answer;
  });
  return { save, requests };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("WizardStore", () => {
  it("checks the report on every change and puts each violation at its cells and in its section", () => {
    const store = new WizardStore(data(state()), server().save);
    store.setCell("applications.1.natural", "5", true);
    store.setCell("applications.2.natural", "0", true);
    for (const cell of listCellDefinitions("2021")) {
      if (cell.table === "applications" && cell.column === "natural" && cell.row.startsWith("3.") && !cell.computed)
        store.setCell(cell.key, "0", true);
    }
    store.setCell("applications.4.natural", "4", true);
    expect(store.getCellStatus("applications.4.natural").level).toBeNull();
    store.checkNow();
    expect(store.getCellStatus("applications.4.natural")).toMatchObject({
      level: "error",
      messages: [expect.stringContaining("应等于第一项加第二项之和减去第三项（七）总计，即 5，实填 4")],
    });
    expect(store.getCellStatus("applications.1.natural").level).toBe("error");
    expect(store.getSection("applications")?.state).toBe("errors");
    expect(
      store.getSectionIssues("applications")?.violations.map((violation) => `${violation.rule} ${violation.cells[0]}`),
    ).toEqual(["applications.balance applications.4.natural", "applications.balance applications.4.total"]);
    store.setCell("applications.4.natural", "5", true);
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(store.getCellStatus("applications.4.natural").level).toBeNull();
    expect(store.getSection("applications")?.state).toBe("in_progress");
    expect(store.getCellStatus("applications.1.commercial")).toBe(store.getCellStatus("applications.1.social"));
  });

  it("shows a total from what was typed: full-width digits count, all blank is blank, a bad value is no total", () => {
    const store = new WizardStore(data(state()), server().save);
    expect(store.getTotalText("applications.1.total")).toBe("");
    store.setCell("applications.1.natural", "１,０００", true);
    store.setCell("applications.1.commercial", "2", true);
    expect(store.getTotalText("applications.1.total")).toBe("1002");
    store.setCell("applications.1.research", "x", true);
    expect(store.getTotalText("applications.1.total")).toBeNull();
  });

  it("on a keystroke wakes only the cell and the totals it feeds; the statuses wait for the pause in typing", () => {
    const store = new WizardStore(data(state()), server().save);
    const woken: string[] = [];
    for (const cell of listCellDefinitions("2021")) {
      store.values.subscribe(cell.key, () => woken.push(`value ${cell.key}`));
      if (cell.computed) store.totals.subscribe(cell.key, () => woken.push(`total ${cell.key}`));
      store.statuses.subscribe(cell.key, () => woken.push(`status ${cell.key}`));
    }
    store.setCell("applications.3.1.natural", "4", true);
    expect(woken.sort()).toEqual(
      [
        "value applications.3.1.natural",
        "total applications.3.1.total",
        "total applications.3.7.natural",
        "total applications.3.7.total",
      ].sort(),
    );
    expect(store.getTotalText("applications.3.7.total")).toBe("4");
    woken.length = 0;
    store.setCell("applications.3.1.natural", "-4", true);
    expect(woken).not.toContain("status applications.3.1.natural");
    vi.advanceTimersByTime(CHECK_DELAY_MS);
    expect(woken).toContain("status applications.3.1.natural");
    expect(store.getCellStatus("applications.3.1.natural").messages[0]).toContain("不能为负数");
  });

  it("counts the places to fill (not the blank totals) and the progress over them", () => {
    const store = new WizardStore(data(state()), server().save);
    expect(store.getSectionIssues("applications")?.incomplete).toEqual({
      count: 24 * 6,
      first: "applications.1.natural",
    });
    expect(store.getSection("applications")).toMatchObject({ state: "empty", filled: 0, total: 144 });
    expect(store.getBlocking()).toEqual({ errors: 144 + 10 + 12 + 3, unexplained: 0 });
    store.setCell("applications.1.natural", "1", true);
    store.checkNow();
    expect(store.getSection("applications")).toMatchObject({ state: "in_progress", filled: 1, blanks: 143 });
    expect(store.getProgress()).toBe(0);
    for (const cell of listCellDefinitions("2021")) if (!cell.computed) store.setCell(cell.key, "0", true);
    store.setText("other", "无");
    store.checkNow();
    // Every number typed, two required texts empty: each section weighs the same.
    expect(store.getProgress()).toBe(Math.floor((4 / 6) * 100));
    store.setText("overview", "概况");
    store.setText("problems", "问题");
    store.checkNow();
    expect(store.getProgress()).toBe(100);
  });

  it("marks a value that does not fit at its cell and never sends it", async () => {
    const { save, requests } = server();
    const store = new WizardStore(data(state()), save);
    store.setCell("applications.1.natural", "1.5", true);
    store.setCell("applications.1.legal", "２", true);
    store.checkNow();
    expect(store.getCellStatus("applications.1.natural")).toMatchObject({
      level: "error",
      messages: ["「一、本年新收政府信息公开申请数量·自然人」须为整数（填写的是“1.5”）"],
    });
    await store.saveNow();
    expect(requests).toEqual([
      { reportId: "report-1", version: 1, cells: { "applications.1.legal": { value: "２" } } },
    ]);
    expect(store.countUnsaveable()).toBe(1);
    expect(store.hasUnsavedWork()).toBe(true);
  });

  it("saves about a second after typing stops, only what changed, from the version it started from", async () => {
    const { save, requests } = server();
    const store = new WizardStore(data(state({ "applications.1.natural": "3" })), save);
    store.setCell("applications.1.natural", "3", true);
    expect(store.getSaveStatus().kind).toBe("idle");
    store.setCell("applications.1.natural", "30", true);
    await vi.advanceTimersByTimeAsync(600);
    store.setText("overview", "概况");
    await vi.advanceTimersByTimeAsync(600);
    expect(save).not.toHaveBeenCalled();
    expect(store.getSaveStatus().kind).toBe("pending");
    await vi.advanceTimersByTimeAsync(500);
    expect(requests).toEqual([
      {
        reportId: "report-1",
        version: 1,
        cells: { "applications.1.natural": { value: "30" } },
        texts: { overview: "概况" },
      },
    ]);
    expect(store.getSaveStatus()).toEqual({ kind: "idle", savedAt: "2026-01-10T03:00:00.000Z" });
    store.setExplanation("applications.other-share|applications.3.6.1.total", "说明");
    await store.saveNow();
    expect(requests[1]).toEqual({
      reportId: "report-1",
      version: 2,
      explanations: { "applications.other-share|applications.3.6.1.total": "说明" },
    });
  });

  it("on a version conflict takes in the other person's changes, asks only about the cells both changed, and saves the choice against the new version", async () => {
    const theirs = state(
      { "applications.1.natural": "5", "applications.2.natural": "1" },
      { version: 2, texts: { overview: "他们的概况", problems: "", other: "" } },
    );
    const { save, requests } = server(() => ({
      ok: false,
      code: "conflict",
      message: "已被他人保存",
      current: theirs,
    }));
    const store = new WizardStore(data(state()), save);
    const shown = vi.fn();
    store.values.subscribe("applications.2.natural", shown);
    store.setCell("applications.1.natural", "7", true);
    store.setCell("applications.1.commercial", "2", true);
    await store.saveNow();

    const conflict = store.getConflict();
    expect(conflict).toMatchObject({ reason: "save", by: "甲", adopted: 2 });
    expect(conflict?.items).toEqual([
      {
        id: "cell:applications.1.natural",
        kind: "cell",
        key: "applications.1.natural",
        label: "一、本年新收政府信息公开申请数量·自然人",
        mine: "7",
        theirs: "5",
        choices: { mine: { value: "7" }, theirs: { value: "5" } },
      },
    ]);
    expect(store.getRaw("applications.2.natural")).toBe("1");
    expect(store.getText("overview")).toBe("他们的概况");
    expect(shown).toHaveBeenCalled();
    expect(store.getSaveStatus().kind).toBe("conflict");

    store.resolveConflict(new Map([["cell:applications.1.natural", "mine"]]));
    await vi.runOnlyPendingTimersAsync();
    expect(requests[1]).toEqual({
      reportId: "report-1",
      version: 2,
      cells: { "applications.1.natural": { value: "7" }, "applications.1.commercial": { value: "2" } },
    });
    expect(store.getConflict()).toBeNull();
  });

  it("keeps the server's value when the clerk chooses it", async () => {
    const theirs = state({ "applications.1.natural": "5" }, { version: 2 });
    const { save, requests } = server(() => ({ ok: false, code: "conflict", message: "", current: theirs }));
    const store = new WizardStore(data(state()), save);
    store.setCell("applications.1.natural", "7", true);
    await store.saveNow();
    store.resolveConflict(new Map([["cell:applications.1.natural", "theirs"]]));
    await vi.runOnlyPendingTimersAsync();
    expect(store.getRaw("applications.1.natural")).toBe("5");
    expect(requests).toHaveLength(1);
    expect(store.getSaveStatus().kind).toBe("idle");
  });

  it("keeps the work and retries when the network fails", async () => {
    const { save, requests } = server(() => new TypeError("Failed to fetch"));
    const store = new WizardStore(data(state()), save);
    store.setCell("reviews.review.upheld", "1", true);
    await store.saveNow();
    expect(store.getSaveStatus()).toMatchObject({
      kind: "offline",
      message: expect.stringContaining("修改已保存在本机"),
    });
    expect(store.hasUnsavedWork()).toBe(true);
    await vi.advanceTimersByTimeAsync(3000);
    expect(requests).toHaveLength(2);
    expect(store.getSaveStatus().kind).toBe("idle");
    expect(store.hasUnsavedWork()).toBe(false);
  });

  it("keeps a prefilled suggestion in step with this year's figures until the clerk types over it", () => {
    const previous = buildConsistentReport({ format: "2021", seed: 9, year: 2024 });
    const last = previous.tables.art20_1!.regulations!.in_force as number;
    const store = new WizardStore(
      data(
        state({ "art20_1.regulations.in_force": String(last) }, { prefilled: ["art20_1.regulations.in_force"] }),
        previous,
      ),
      server().save,
    );
    expect(store.getCellStatus("art20_1.regulations.in_force").prefilled).toBe(true);
    store.setCell("art20_1.regulations.made", "3", true);
    store.setCell("art20_1.regulations.repealed", "1", true);
    store.checkNow();
    expect(store.getRaw("art20_1.regulations.in_force")).toBe(String(last + 2));
    expect(store.getCellStatus("art20_1.regulations.in_force").prefilled).toBe(true);
    store.setCell("art20_1.regulations.in_force", "99", true);
    store.setCell("art20_1.regulations.made", "4", true);
    store.checkNow();
    expect(store.getRaw("art20_1.regulations.in_force")).toBe("99");
    expect(store.getCellStatus("art20_1.regulations.in_force").prefilled).toBe(false);
  });

  it("fills only the blank number cells of the given tables with 0, and undoes exactly that", async () => {
    const { save, requests } = server();
    const store = new WizardStore(data(state({ "reviews.review.upheld": "3" })), save);
    store.setCell("reviews.review.corrected", "x", true);
    const filled = store.fillBlanks(["reviews"]);
    const reviewInputs = listCellDefinitions("2021").filter((cell) => cell.table === "reviews" && !cell.computed);
    expect(filled).toBe(reviewInputs.length - 2);
    expect(store.getRaw("reviews.review.upheld")).toBe("3");
    expect(store.getRaw("reviews.review.corrected")).toBe("x");
    expect(store.getRaw("reviews.review.other")).toBe("0");
    expect(store.getRaw("applications.1.natural")).toBe("");
    await store.saveNow();
    expect(Object.keys(requests[0]!.cells ?? {})).toHaveLength(filled);
    store.setCell("reviews.review.other", "2", true);
    expect(store.undoFill()).toBe(filled - 1);
    expect(store.getRaw("reviews.review.other")).toBe("2");
    expect(store.getRaw("reviews.review.pending")).toBe("");
    expect(store.getRaw("reviews.review.upheld")).toBe("3");
    expect(store.undoFill()).toBe(0);
  });

  it("lets a read-only report be looked at, never changed or saved", async () => {
    const { save } = server();
    const store = new WizardStore(
      { ...data(state({ "applications.1.natural": "1" })), status: "SUBMITTED", readOnly: true },
      save,
    );
    store.setCell("applications.1.natural", "2", true);
    await store.saveNow();
    expect(store.getRaw("applications.1.natural")).toBe("1");
    expect(save).not.toHaveBeenCalled();
  });
});
