import "server-only";
import type { AgencyKind, GovernmentLevel, Prisma } from "@/lib/generated/prisma/client";
import { isValidAgencyCode, suggestAgencyCode } from "../agencies/agency-code";
import type { StaffUser } from "../auth/current-user";
import { db } from "../db";
import { checkAgencyPlacement } from "../agencies/agency-placement";

// The preview of an agency list (columns 名称, 代码, 类型, 级别, 上级): each row resolved against
// the database and the other rows of the file, with its errors. Nothing is written here; the
// import runs the same preview again inside its transaction.

export type PlannedAgency = {
  /** Line in the file (the header is line 1). */
  line: number;
  name: string;
  code: string;
  /** The code was suggested from the name's pinyin (the file left it empty). */
  codeSuggested: boolean;
  kind: AgencyKind | null;
  level: GovernmentLevel | null;
  parent: string;
  /** Parent in the database, or null when it is another row of the file (see parentLine). */
  parentId: string | null;
  parentLine: number | null;
  errors: string[];
};

export type AgencyImportPreview =
  { ok: true; rows: PlannedAgency[]; errorCount: number } | { ok: false; message: string };

const COLUMNS = {
  name: ["名称", "机构名称"],
  code: ["代码", "机构代码"],
  kind: ["类型", "机构类型"],
  level: ["级别"],
  parent: ["上级", "上级机构"],
} as const;
const KINDS: Record<string, AgencyKind> = {
  部门: "DEPARTMENT",
  乡镇: "TOWNSHIP",
  政府: "GOVERNMENT",
  人民政府: "GOVERNMENT",
};
const LEVELS: Record<string, GovernmentLevel> = {
  省级: "PROVINCE",
  省: "PROVINCE",
  市级: "CITY",
  市: "CITY",
  县级: "COUNTY",
  县: "COUNTY",
};
const MAX_ROWS = 5000;

type Client = Prisma.TransactionClient;

export async function previewAgencyImport(
  user: StaffUser,
  table: string[][],
  client: Client = db,
): Promise<AgencyImportPreview> {
  const headerIndex = table.findIndex((row) =>
    row.some((cell) => cell.trim() === "名称" || cell.trim() === "机构名称"),
  );
  if (headerIndex === -1) return { ok: false, message: "找不到表头：第一行应为 名称、代码、类型、级别、上级" };
  const header = table[headerIndex]!.map((cell) => cell.trim());
  const column = (names: readonly string[]) => header.findIndex((cell) => names.includes(cell));
  const at = {
    name: column(COLUMNS.name),
    code: column(COLUMNS.code),
    kind: column(COLUMNS.kind),
    level: column(COLUMNS.level),
    parent: column(COLUMNS.parent),
  };
  if (at.kind === -1 || at.parent === -1) return { ok: false, message: "表头缺少“类型”或“上级”列" };
  const lines = table
    .map((row, index) => ({ row, line: index + 1 }))
    .slice(headerIndex + 1)
    .filter(({ row }) => row.some((cell) => cell.trim() !== ""));
  if (!lines.length) return { ok: false, message: "文件中没有机构" };
  if (lines.length > MAX_ROWS) return { ok: false, message: `一次最多导入 ${MAX_ROWS} 个机构` };

  const read = (row: string[], index: number) => (index === -1 ? "" : (row[index] ?? "").trim());
  const rows: PlannedAgency[] = lines.map(({ row, line }) => {
    const kindText = read(row, at.kind);
    const levelText = read(row, at.level);
    return {
      line,
      name: read(row, at.name),
      code: read(row, at.code).toLowerCase(),
      codeSuggested: false,
      kind: KINDS[kindText] ?? null,
      level: LEVELS[levelText] ?? null,
      parent: read(row, at.parent),
      parentId: null,
      parentLine: null,
      errors: [
        ...(KINDS[kindText] ? [] : [kindText ? `类型“${kindText}”无效，应为 部门、乡镇 或 政府` : "缺少类型"]),
        ...(levelText && !LEVELS[levelText] ? [`级别“${levelText}”无效，应为 省级、市级 或 县级`] : []),
      ],
    };
  });
  await resolveRows(user, rows, client);
  return { ok: true, rows, errorCount: rows.filter((row) => row.errors.length).length };
}

async function resolveRows(user: StaffUser, rows: PlannedAgency[], client: Client): Promise<void> {
  const names = rows.map((row) => row.name).filter(Boolean);
  const codes = rows.map((row) => row.code).filter(Boolean);
  const parentKeys = [...new Set(rows.map((row) => row.parent).filter(Boolean))];
  const [takenNames, takenCodes, parents] = await Promise.all([
    client.agency.findMany({ where: { name: { in: names } }, select: { name: true } }),
    client.agency.findMany({ where: { code: { in: codes } }, select: { code: true } }),
    client.agency.findMany({
      where: { OR: [{ name: { in: parentKeys } }, { code: { in: parentKeys } }] },
      select: { id: true, name: true, code: true, kind: true, level: true, active: true },
    }),
  ]);
  const nameTaken = new Set(takenNames.map((agency) => agency.name));
  const codeTaken = new Set(takenCodes.map((agency) => agency.code));
  const byName = new Map<string, PlannedAgency>();
  const byCode = new Map<string, PlannedAgency>();

  for (const row of rows) {
    if (!row.name) row.errors.push("缺少名称");
    else if (row.name.length > 100) row.errors.push("名称超过 100 个字");
    else if (nameTaken.has(row.name)) row.errors.push(`已有名为“${row.name}”的机构`);
    else if (byName.has(row.name)) row.errors.push(`与第 ${byName.get(row.name)!.line} 行名称重复`);
    else byName.set(row.name, row);
    if (!row.code) continue;
    if (!isValidAgencyCode(row.code)) row.errors.push(`代码“${row.code}”无效：只能由小写字母、数字和连字符组成`);
    else if (codeTaken.has(row.code)) row.errors.push(`代码 ${row.code} 已被其他机构使用`);
    else if (byCode.has(row.code)) row.errors.push(`与第 ${byCode.get(row.code)!.line} 行代码重复`);
    else byCode.set(row.code, row);
  }

  for (const row of rows) {
    if (!row.parent) {
      row.errors.push("缺少上级机构");
      continue;
    }
    const inFile = byName.get(row.parent) ?? byCode.get(row.parent.toLowerCase());
    const stored = parents.find((agency) => agency.name === row.parent || agency.code === row.parent.toLowerCase());
    if (inFile && inFile !== row) {
      row.parentLine = inFile.line;
      // A parent row without a valid type already carries its own error.
      if (row.kind && inFile.kind)
        placementError(row, { name: inFile.name, kind: inFile.kind, level: inFile.level, active: true });
    } else if (stored && user.administeredAgencyIds.includes(stored.id)) {
      row.parentId = stored.id;
      if (row.kind) placementError(row, stored);
    } else row.errors.push(`上级机构“${row.parent}”不存在，或不在您管理的范围内`);
  }
  markCycles(rows);
  await suggestCodes(rows, client, new Set([...codeTaken, ...byCode.keys()]));
}

function placementError(row: PlannedAgency, parent: Parameters<typeof checkAgencyPlacement>[0]): void {
  const problem = checkAgencyPlacement(parent, {
    kind: row.kind!,
    level: row.kind === "GOVERNMENT" ? row.level : null,
  });
  if (problem) row.errors.push(problem);
  if (row.kind !== "GOVERNMENT" && row.level) row.errors.push("只有人民政府有级别");
}

/** Rows whose parents (within the file) lead back to themselves can never be created. */
function markCycles(rows: PlannedAgency[]): void {
  const byLine = new Map(rows.map((row) => [row.line, row]));
  for (const row of rows) {
    const seen = new Set<number>([row.line]);
    for (let parent = row.parentLine; parent !== null; parent = byLine.get(parent)?.parentLine ?? null) {
      if (!seen.has(parent)) {
        seen.add(parent);
        continue;
      }
      row.errors.push("上级关系构成循环");
      break;
    }
  }
}

async function suggestCodes(rows: PlannedAgency[], client: Client, used: Set<string>): Promise<void> {
  for (const row of rows) {
    if (row.code || !row.name) continue;
    const suggested = await suggestAgencyCode(client, row.name);
    let code = suggested;
    for (let suffix = 2; used.has(code); suffix++) code = `${suggested}-${suffix}`;
    used.add(code);
    row.code = code;
    row.codeSuggested = true;
  }
}
