import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";

export type NewAgencySuggestion = { name: string; kind: AgencyKind; level: GovernmentLevel | null };

/**
 * The agency a report's printed name and kind describe, for creating it when no recorded agency
 * matches: a summary report is a government's (its level from the name: 省/市/区县), a 镇, 乡 or
 * 街道 is a township, anything else a department. The admin may change each before creating.
 */
export function suggestNewAgency(name: string, reportKind: "agency" | "summary" | null): NewAgencySuggestion {
  const government = reportKind === "summary" || /人民政府$/u.test(name);
  if (/(镇|乡)(人民政府)?$|街道(办事处)?$/u.test(name) && !/(区|县|市|省)人民政府$/u.test(name))
    return { name, kind: "TOWNSHIP", level: null };
  if (!government) return { name, kind: "DEPARTMENT", level: null };
  const level: GovernmentLevel = /省(人民政府)?$|自治区(人民政府)?$/u.test(name)
    ? "PROVINCE"
    : /[区县旗]人民政府$|[区县旗]$/u.test(name)
      ? "COUNTY"
      : "CITY";
  return { name, kind: "GOVERNMENT", level };
}
