import "server-only";
import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";
import type { StaffUser } from "../auth/current-user";
import { formerNamesSelect } from "./agency-in-year";
import { db } from "../db";
import { administeredAgencyWhere } from "./administered-agency-where";

export type AdministeredAgency = {
  id: string;
  name: string;
  code: string;
  kind: AgencyKind;
  level: GovernmentLevel | null;
  active: boolean;
  parentId: string | null;
  /** Depth below the user's government (0 for the government itself), for an indented list. */
  depth: number;
  reportCount: number;
  /** Set-up and abolition days ("YYYY-MM-DD", for date fields); null when not recorded. */
  establishedOn: string | null;
  abolishedOn: string | null;
  /** Names before renamings, oldest first, each with the last report year it was used. */
  formerNames: { name: string; lastYear: number }[];
};

/** Every agency of the user's tree, in tree order (each agency followed by the agencies under it). */
export async function listAdministeredAgencies(user: StaffUser): Promise<AdministeredAgency[]> {
  const agencies = await db.agency.findMany({
    where: administeredAgencyWhere(user),
    select: {
      id: true,
      name: true,
      code: true,
      kind: true,
      level: true,
      active: true,
      parentId: true,
      establishedOn: true,
      abolishedOn: true,
      formerNames: formerNamesSelect,
      _count: { select: { reports: true } },
    },
  });
  const byParent = new Map<string | null, typeof agencies>();
  const ids = new Set(agencies.map((agency) => agency.id));
  for (const agency of agencies) {
    const parent = agency.parentId && ids.has(agency.parentId) ? agency.parentId : null;
    byParent.set(parent, [...(byParent.get(parent) ?? []), agency]);
  }
  const kindOrder: Record<AgencyKind, number> = { DEPARTMENT: 0, TOWNSHIP: 1, GOVERNMENT: 2 };
  const ordered: AdministeredAgency[] = [];
  const visit = (parentId: string | null, depth: number) => {
    const children = (byParent.get(parentId) ?? []).sort(
      (a, b) => kindOrder[a.kind] - kindOrder[b.kind] || a.name.localeCompare(b.name, "zh-CN"),
    );
    for (const { _count, establishedOn, abolishedOn, ...agency } of children) {
      ordered.push({
        ...agency,
        depth,
        reportCount: _count.reports,
        establishedOn: dayOf(establishedOn),
        abolishedOn: dayOf(abolishedOn),
      });
      visit(agency.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

function dayOf(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
