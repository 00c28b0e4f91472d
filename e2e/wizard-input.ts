import type { Locator, Page } from "@playwright/test";
import { getFormat, layoutTableGrid, readGridValue } from "../lib/report-format";
import type { Report } from "../lib/report-format/types";
import { expect } from "./fixtures";

// Driving the clerk's wizard as a person does: the cells by their keys, blocks pasted as if copied
// from Excel, the steps one after another with the 下一节 button.

export function cellInput(page: Page, key: string): Locator {
  return page.locator(`input[data-cell="${key}"]`);
}

/** A paste event with `text` on the input, as the browser fires it for Ctrl+V. */
export async function paste(target: Locator, text: string): Promise<void> {
  await target.focus();
  await target.evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

/** To the next step (or the preview) with the step's own button, once it shows. */
export async function goToNextStep(page: Page, heading: string): Promise<void> {
  await page.getByRole("button", { name: /^下一节|^预览与提交/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
}

function shown(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "object" ? String((value as { value: string }).value) : String(value);
}

/**
 * Types every section of `report` into a wizard open on its first step and stops on the preview:
 * texts typed in, each table pasted as one block laid out as printed (its totals are ignored by the
 * wizard, which computes them), a one-cell table typed.
 */
export async function fillWizard(page: Page, report: Report): Promise<void> {
  const sections = getFormat(report.format).sections;
  for (const [index, section] of sections.entries()) {
    await expect(page.getByRole("heading", { level: 2, name: section.heading })).toBeVisible();
    if (section.content.kind === "text") {
      await page
        .getByRole("textbox", { name: new RegExp(section.heading) })
        .fill(report.texts[section.key as keyof Report["texts"]] ?? "");
    } else {
      for (const table of section.content.tables) {
        const grid = layoutTableGrid(table).values;
        const values = grid.map((row) => row.map((cell) => shown(readGridValue(report.tables[table.key], cell))));
        const first = cellInput(page, grid[0]![0]!.cellKey!);
        if (values.length === 1 && values[0]!.length === 1) await first.fill(values[0]![0]!);
        else await paste(first, values.map((row) => row.join("\t")).join("\n"));
      }
    }
    await goToNextStep(page, sections[index + 1]?.heading ?? "预览与提交");
  }
}
