// Some mirror and archive sites serve reports converted to traditional characters (“公開”,
// “處理”, “總計”). Label matching folds those back: the traditional forms of every character the
// formats' labels, headings and titles use, and no others (the report's own prose is not ours to
// convert wholesale; only what is compared).
const PAIRS =
  "總总體体況况動动開开處处請请復复議议訴诉訟讼問问題题進进報报項项條条規规製制數数對对範范許许減减決决務务罰罚強强業业費费" +
  "採采購购額额機机構构會会組组織织計计結结轉转區区這这屬属於于國国穩稳護护權权類类內内過过執执詢询無无關关沒没現现補补後后" +
  "確确訪访舉举當当認认獲获繼继續续辦办維维糾纠審审經经發发廢废單单萬万繳缴納纳縣县鎮镇員员佈布時时間间來来匯汇編编係系為为" +
  "與与並并個个應应頁页據据統统網网門门戶户點点屆届檔档傳传聯联絡络電电話话郵邮節节範范實实際际總总況况區区";

const TO_SIMPLIFIED: ReadonlyMap<string, string> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, index) => [PAIRS[index * 2] ?? "", PAIRS[index * 2 + 1] ?? ""]),
);

export function foldTraditional(char: string): string {
  return TO_SIMPLIFIED.get(char) ?? char;
}

/** The simplified text written with the traditional forms above (for tests reproducing such copies). */
export function toTraditional(text: string): string {
  const reverse = new Map<string, string>();
  for (const [traditional, simplified] of TO_SIMPLIFIED)
    if (!reverse.has(simplified)) reverse.set(simplified, traditional);
  return Array.from(text, (char) => reverse.get(char) ?? char).join("");
}
