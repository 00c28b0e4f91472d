import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";
import { endOfBeijingDay } from "@/lib/beijing-time";

// Deadlines of a reporting year (spec, 条例第四十九条): departments and 乡镇 by 1月31日, the summary
// of a 县 by 2月20日, of a 市 by 3月10日, of a 省 by 3月31日 — all of the following year, end of
// the day in Beijing time. A year stores the departments' deadline and may override the others.

export type DeadlineLevel = "AGENCY" | GovernmentLevel;
export type YearDeadlines = Record<DeadlineLevel, Date>;

export const DEADLINE_LEVELS: readonly DeadlineLevel[] = ["AGENCY", "COUNTY", "CITY", "PROVINCE"];
export const DEADLINE_LABELS: Record<DeadlineLevel, string> = {
  AGENCY: "部门和乡镇",
  COUNTY: "县级政府汇总",
  CITY: "市级政府汇总",
  PROVINCE: "省级政府汇总",
};

const LEGAL_DAYS: Record<DeadlineLevel, string> = {
  AGENCY: "01-31",
  COUNTY: "02-20",
  CITY: "03-10",
  PROVINCE: "03-31",
};

export function legalDeadlines(year: number): YearDeadlines {
  return Object.fromEntries(
    DEADLINE_LEVELS.map((level) => [level, endOfBeijingDay(`${year + 1}-${LEGAL_DAYS[level]}`)]),
  ) as YearDeadlines;
}

type StoredYear = {
  year: number;
  deadline: Date;
  countyDeadline: Date | null;
  cityDeadline: Date | null;
  provinceDeadline: Date | null;
};

export function resolveDeadlines(stored: StoredYear): YearDeadlines {
  const legal = legalDeadlines(stored.year);
  return {
    AGENCY: stored.deadline,
    COUNTY: stored.countyDeadline ?? legal.COUNTY,
    CITY: stored.cityDeadline ?? legal.CITY,
    PROVINCE: stored.provinceDeadline ?? legal.PROVINCE,
  };
}

/** Which deadline applies: a department's or 乡镇's own report, or a government's summary by its level (县 when unknown). */
export function deadlineLevelOf(agency: { kind: AgencyKind; level: GovernmentLevel | null }): DeadlineLevel {
  return agency.kind === "GOVERNMENT" ? (agency.level ?? "COUNTY") : "AGENCY";
}
