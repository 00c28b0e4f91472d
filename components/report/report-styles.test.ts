import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REPORT_DOCUMENT_CSS } from "./report-styles";

describe("REPORT_DOCUMENT_CSS", () => {
  it("is the text of app/(public)/public.css, which staff pages import as a stylesheet", () => {
    const file = readFileSync(fileURLToPath(new URL("../../app/(public)/public.css", import.meta.url)), "utf8");
    expect(file.replace(/^\/\*[\s\S]*?\*\//, "")).toBe(REPORT_DOCUMENT_CSS);
  });
});
