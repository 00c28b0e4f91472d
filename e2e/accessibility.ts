import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

/** axe-core on the page as it is now: no serious or critical violation, each named with where it was found. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${where}: ${violation.id} (${violation.impact}) — ${violation.help}: ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 5)
          .join(" | ")}`,
    );
  expect(serious).toEqual([]);
}
