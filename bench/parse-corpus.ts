// How well the published-report parser reads the corpus (lib/report-parser/testdata/corpus, the
// sources in docs/parser-corpus.md): per file the cells read right, found, wrongly found (must be
// 0), guessed wrong and missing, and the metadata fields; then the totals. Needs nothing running.
import { scoreCorpus } from "@/lib/report-parser/testdata/corpus/read-corpus";

function percent(part: number, whole: number): string {
  return `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
}

export default async function benchParseCorpus(): Promise<void> {
  const scores = await scoreCorpus();
  console.log("文件\t格式\t读对\t找到\t找到但错\t猜错\t缺失\t机关 / 年度 / 类型 / 发布日期 / 标题\t毫秒");
  for (const score of scores) {
    const meta = Object.values(score.metadata)
      .map((field) => `${field.ok ? "✓" : "✗"}${field.shown}`)
      .join(" / ");
    console.log(
      [
        score.entry.file,
        score.entry.format,
        `${score.right}/${score.cells}`,
        score.found,
        score.wrongFound.length,
        score.wrongGuessed,
        score.missing,
        meta,
        score.milliseconds.toFixed(0),
      ].join("\t"),
    );
    for (const wrong of score.wrongFound) console.log(`  找到但错：${wrong}`);
  }
  const cells = scores.reduce((sum, score) => sum + score.cells, 0);
  const right = scores.reduce((sum, score) => sum + score.right, 0);
  const found = scores.reduce((sum, score) => sum + score.found, 0);
  const wrongFound = scores.reduce((sum, score) => sum + score.wrongFound.length, 0);
  const fields = scores.flatMap((score) => Object.entries(score.metadata));
  console.log("");
  console.log(`文件 ${scores.length} 个，单元格 ${cells} 个`);
  console.log(`读对 ${right}（${percent(right, cells)}），其中标为找到 ${found}`);
  console.log(`找到但错 ${wrongFound}（必须为 0）`);
  for (const name of ["agency", "year", "kind", "published", "title"] as const) {
    const ok = fields.filter(([key, field]) => key === name && field.ok).length;
    console.log(`元数据 ${name}：${ok}/${scores.length}`);
  }
  if (wrongFound > 0) process.exitCode = 1;
}
