// Where an agency is, from the beginning of its name: "辽宁省本溪市…" says it, "本溪市科学技术局"
// implies it through the gazetteer. A county-level name without its city ("XX县人民政府") cannot
// be placed and gets no region.
import { MUNICIPALITIES, PREFECTURES_BY_PROVINCE } from "./region-gazetteer";

export interface InferredRegion {
  region: string;
  /** true when the name itself starts with the province (or is a municipality's). */
  stated: boolean;
}

const PROVINCE_BY_PREFECTURE = new Map<string, string>(
  Object.entries(PREFECTURES_BY_PROVINCE).flatMap(([province, prefectures]) =>
    prefectures.split(" ").map((prefecture): [string, string] => [prefecture, province]),
  ),
);

function findPrefix(name: string, names: Iterable<string>): string | null {
  let found: string | null = null;
  for (const candidate of names) {
    if (name.startsWith(candidate) && candidate.length > (found?.length ?? 0)) found = candidate;
  }
  return found;
}

export function inferRegion(agencyName: string): InferredRegion | null {
  const municipality = findPrefix(agencyName, MUNICIPALITIES);
  if (municipality) return { region: municipality, stated: true };
  const province = findPrefix(agencyName, Object.keys(PREFECTURES_BY_PROVINCE));
  if (province) {
    const rest = agencyName.slice(province.length);
    const prefecture = findPrefix(rest, (PREFECTURES_BY_PROVINCE[province] ?? "").split(" "));
    return { region: prefecture ? `${province}${prefecture}` : province, stated: true };
  }
  const prefecture = findPrefix(agencyName, PROVINCE_BY_PREFECTURE.keys());
  const ofProvince = prefecture ? PROVINCE_BY_PREFECTURE.get(prefecture) : undefined;
  return prefecture && ofProvince ? { region: `${ofProvince}${prefecture}`, stated: false } : null;
}
