import type { AgencyKind, GovernmentLevel } from "@/lib/generated/prisma/client";

// Where an agency may sit: departments, 乡镇 and lower governments are the members of a
// government (spec: 县 = 部门 + 乡镇; 市 = 部门 + 县; 省 = 部门 + 市), so every parent is a
// government, and a government sits under one of a higher level.

const RANK: Record<GovernmentLevel, number> = { PROVINCE: 3, CITY: 2, COUNTY: 1 };

export const LEVEL_LABELS: Record<GovernmentLevel, string> = { PROVINCE: "省级", CITY: "市级", COUNTY: "县级" };

type Placed = { kind: AgencyKind; level: GovernmentLevel | null };
type Parent = Placed & { name: string; active: boolean };

/** Why `child` cannot sit under `parent`, or null when it can. */
export function checkAgencyPlacement(parent: Parent, child: Placed): string | null {
  if (parent.kind !== "GOVERNMENT")
    return `上级机构“${parent.name}”不是人民政府：部门、乡镇和下级政府只能隶属于人民政府`;
  if (!parent.active) return `上级机构“${parent.name}”已停用`;
  if (child.kind !== "GOVERNMENT" && child.level) return "只有人民政府有级别";
  if (child.kind === "GOVERNMENT") {
    if (!child.level) return "人民政府必须注明级别（省级、市级或县级）";
    if (parent.level && RANK[child.level] >= RANK[parent.level]) {
      return `${LEVEL_LABELS[child.level]}政府不能隶属于${LEVEL_LABELS[parent.level]}政府“${parent.name}”`;
    }
  }
  if (child.kind === "TOWNSHIP" && parent.level && parent.level !== "COUNTY")
    return `乡镇只能隶属于县级政府，“${parent.name}”是${LEVEL_LABELS[parent.level]}政府`;
  return null;
}
