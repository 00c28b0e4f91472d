import { describe, expect, it } from "vitest";
import { emptyReport } from "@/lib/report-format";
import { buildConsistentReport } from "@/lib/report-format/testing";
import { derivePrefill, derivePrefillValue, listPrefillLinks } from "./derive-prefill";

describe("listPrefillLinks", () => {
  it("reads the cross-year equalities of the 2021 format: carry-over per applicant column and documents in force per row", () => {
    const targets = listPrefillLinks("2021", "2021").map((link) => link.target);
    expect(targets).toEqual([
      "art20_1.regulations.in_force",
      "art20_1.normative_docs.in_force",
      "applications.2.natural",
      "applications.2.commercial",
      "applications.2.research",
      "applications.2.social",
      "applications.2.legal",
      "applications.2.other",
    ]);
  });

  it("links only what last year's format has: no documents in force after a 2019 report", () => {
    expect(listPrefillLinks("2021", "2019").map((link) => link.target)).toEqual(
      expect.not.arrayContaining(["art20_1.regulations.in_force"]),
    );
    expect(listPrefillLinks("2021", "2019")).toHaveLength(6);
  });

  it("reads prev_items and total_published for a 2019 report after a 2019 one", () => {
    const targets = listPrefillLinks("2019", "2019").map((link) => link.target);
    expect(targets).toEqual(
      expect.arrayContaining([
        "art20_5.licensing.prev_items",
        "art20_8.fees.prev_items",
        "art20_1.regulations.total_published",
      ]),
    );
  });
});

describe("derivePrefill", () => {
  const previous = buildConsistentReport({ format: "2021", seed: 5, year: 2024 });

  it("gives last year's carry-over and last year's documents in force for an empty report", () => {
    const values = derivePrefill("2021", previous, emptyReport("2021", 2025, "局").tables);
    expect(values.get("applications.2.legal")).toBe(previous.tables.applications!["4"]!.legal);
    expect(values.get("art20_1.regulations.in_force")).toBe(previous.tables.art20_1!.regulations!.in_force);
  });

  it("follows this year's figures: in force = last year + made − repealed", () => {
    const tables = emptyReport("2021", 2025, "局").tables;
    tables.art20_1!.regulations = { made: 4, repealed: 1, in_force: null };
    const link = listPrefillLinks("2021", "2021").find(
      (candidate) => candidate.target === "art20_1.regulations.in_force",
    )!;
    expect(derivePrefillValue(link, "2021", previous, tables)).toBe(
      (previous.tables.art20_1!.regulations!.in_force as number) + 3,
    );
  });

  it("derives nothing from a blank figure of last year or a figure of this year that does not fit", () => {
    const blank = structuredClone(previous);
    blank.tables.applications!["4"]!.natural = null;
    expect(derivePrefill("2021", blank, emptyReport("2021", 2025, "局").tables).has("applications.2.natural")).toBe(
      false,
    );
    const tables = emptyReport("2021", 2025, "局").tables;
    tables.art20_1!.regulations!.made = "abc";
    expect(derivePrefill("2021", previous, tables).has("art20_1.regulations.in_force")).toBe(false);
  });
});
