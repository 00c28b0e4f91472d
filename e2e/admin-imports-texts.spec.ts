import { readFileSync } from "node:fs";
import { queryE2eDatabase } from "./database";
import { expect, signInAs, test } from "./fixtures";

// The 主管部门 imports a past year's report from its published text: the parsed report beside its
// source, the guessed cell highlighted, one cell corrected by hand, then published as history.
// 本溪市统计局 2019 (an agency of its own, so that the public-site specs, which expect the seed's
// other departments to have nothing published, are not disturbed; the seed knows no 2019: the import
// creates the year closed), from the 本溪市科学技术局 2020 fixture text with the agency and year replaced.

const AGENCY = { name: "本溪市统计局", code: "bxstjj" };
const YEAR = 2019;
const TEXT = readFileSync("prisma/fixtures/benxi-science-bureau-2020.txt", "utf8")
  .replaceAll("本溪市科学技术局", AGENCY.name)
  .replaceAll("2020", String(YEAR));
const GUESSED = "art20_9.procurement.amount";
const CORRECTED = "art20_1.normative_docs.total_published";

test.beforeAll(async () => {
  await queryE2eDatabase(
    `INSERT INTO agency (id, name, code, kind, region, parent_id, updated_at)
     SELECT 'e2e-bxstjj', $1, $2, 'DEPARTMENT', '辽宁省本溪市', id, now() FROM agency WHERE code = 'benxi'
     ON CONFLICT DO NOTHING`,
    [AGENCY.name, AGENCY.code],
  );
});

test("an admin uploads a report text, corrects a cell and imports it; the public page shows the corrected value", async ({
  page,
}) => {
  await signInAs(page, "admin");
  await page.goto("/staff/admin/import-texts");
  await expect(page.getByRole("heading", { name: "从原文导入往年报告" })).toBeVisible();

  await page
    .getByLabel(/^报告原文/)
    .setInputFiles({ name: "tjj-2019.txt", mimeType: "text/plain", buffer: Buffer.from(TEXT, "utf8") });
  await page.getByRole("button", { name: "识别文件" }).click();
  const review = page.getByRole("region", { name: "tjj-2019.txt" });
  await expect(review.getByText(`${AGENCY.name}（辽宁省本溪市）`)).toBeVisible();
  await expect(review.getByRole("list", { name: "原文" })).toContainText(`${AGENCY.name} ${YEAR} 年度`);

  const guessed = review.locator(`[data-cell="${GUESSED}"]`);
  await expect(guessed).toHaveAttribute("data-status", "guessed");
  await expect(guessed).toHaveClass(/bg-amber-100/);
  await expect(review.getByText(/按“元”记录/)).toBeVisible();

  const cell = review.locator(`[data-cell="${CORRECTED}"]`);
  await expect(cell).toHaveValue("298");
  await expect(review.getByRole("textbox", { name: "第二十条第（一）项·规范性文件·对外公开总数量" })).toHaveAttribute(
    "data-cell",
    CORRECTED,
  );
  await cell.fill("abc");
  await review.getByRole("button", { name: "按更正重新检查" }).click();
  await expect(review.getByRole("alert")).toContainText("「第二十条第（一）项·规范性文件·对外公开总数量」");
  await cell.fill("301");
  await review.getByRole("button", { name: "按更正重新检查" }).click();
  await expect(review.getByRole("alert")).toHaveCount(0);

  // The date as printed, which the admin confirms; the public page and the board use it.
  await review.getByLabel(/^发布日期/).fill("2020-01-25");
  await review.getByRole("button", { name: "导入为已发布报告" }).click();
  await expect(review.getByRole("status")).toContainText(`已导入 ${AGENCY.name} ${YEAR} 年度报告`);

  const [stored] = await queryE2eDatabase<{ status: string; source: string }>(
    `SELECT r.status, e.detail->>'source' AS source FROM report r JOIN agency a ON a.id = r.agency_id
     JOIN audit_event e ON e.report_id = r.id AND e.action = 'report.imported' WHERE a.code = $1 AND r.year = $2`,
    [AGENCY.code, YEAR],
  );
  expect(stored).toEqual({ status: "PUBLISHED", source: "upload:tjj-2019.txt" });

  await page.goto(`/reports/${YEAR}/${AGENCY.code}`);
  await expect(page.locator(`td[data-cell="${CORRECTED}"]`)).toHaveText("301");
  await expect(page.getByText("2020年1月25日").first()).toBeVisible();
});
