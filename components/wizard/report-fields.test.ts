import { describe, expect, it } from "vitest";
import { listTotalInputs } from "@/lib/report-format";
import {
  cellField,
  commentAddress,
  firstCommentedSection,
  focusAddressOfStep,
  readField,
  sectionOfAddress,
  sectionOfCommentTarget,
} from "./report-fields";

describe("report fields", () => {
  it("takes a step's focus from its link only for a cell or text of that step", () => {
    expect(focusAddressOfStep("2021", "proactive", "art20_5.licensing.decisions")).toBe("art20_5.licensing.decisions");
    expect(focusAddressOfStep("2021", "overview", "texts.overview")).toBe("texts.overview");
    expect(focusAddressOfStep("2021", "applications", "art20_5.licensing.decisions")).toBeNull();
    expect(focusAddressOfStep("2021", "proactive", "art20_5.licensing.decisions@2020")).toBeNull();
    expect(focusAddressOfStep("2021", "proactive", "art20_5.nothing.here")).toBeNull();
    expect(focusAddressOfStep("2021", "overview", "texts.unknown")).toBeNull();
    expect(focusAddressOfStep("2021", "proactive", "")).toBeNull();
    expect(focusAddressOfStep("2021", "proactive", null)).toBeNull();
  });

  it("names form fields without dots (react-hook-form would nest them) and reads them back", () => {
    expect(cellField("applications.3.1.natural")).toBe("cell:applications~3~1~natural");
    expect(readField("cell:applications~3~1~natural")).toEqual({ kind: "cell", key: "applications.3.1.natural" });
    expect(readField("text:overview")).toEqual({ kind: "text", key: "overview" });
  });

  it("knows which inputs each total adds up", () => {
    const inputs = listTotalInputs("2021");
    expect(inputs.get("applications.1.total")).toEqual([
      "applications.1.natural",
      "applications.1.commercial",
      "applications.1.research",
      "applications.1.social",
      "applications.1.legal",
      "applications.1.other",
    ]);
    expect(inputs.get("applications.3.7.natural")).toHaveLength(21);
    expect(inputs.get("applications.3.7.total")).toHaveLength(21 * 6);
    expect(inputs.get("reviews.suit_direct.total")).toHaveLength(4);
  });

  it("finds the section of a violation's address", () => {
    expect(sectionOfAddress("2021", "texts.problems")).toBe("problems");
    expect(sectionOfAddress("2021", "art20_8.fees.amount")).toBe("proactive");
    expect(sectionOfAddress("2021", "applications.4.natural@2024")).toBe("applications");
  });

  it("places review comments: a cell in its step, a text section at its editor, a table section at its heading", () => {
    expect(sectionOfCommentTarget("2021", "applications.3.7.natural")).toBe("applications");
    expect(sectionOfCommentTarget("2021", "section:problems")).toBe("problems");
    expect(sectionOfCommentTarget("2021", "section:nothing")).toBeNull();
    expect(sectionOfCommentTarget("2021", "art20_9.procurement.items")).toBeNull();
    expect(commentAddress("2021", "applications.4.natural")).toBe("applications.4.natural");
    expect(commentAddress("2021", "section:overview")).toBe("texts.overview");
    expect(commentAddress("2021", "section:applications")).toBeNull();
  });

  it("opens a returned report on the first commented section in the format's order, whatever the comments' order", () => {
    expect(firstCommentedSection("2021", ["section:other", "reviews.review.upheld", "applications.1.natural"])).toBe(
      "applications",
    );
    expect(firstCommentedSection("2021", ["section:nothing"])).toBeNull();
    expect(firstCommentedSection("2021", [])).toBeNull();
  });
});
