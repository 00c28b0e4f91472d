import "server-only";
import type { FormatKey, MoneyUnit, TextKey, WarningExplanations } from "@/lib/report-format";
import { getCellDefinition, parseFormatKey } from "@/lib/report-format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cellInputText, cellKey, type CellRow } from "../report-cells/cell-row";
import { readCells } from "../report-cells/read-cells";

// The working revision as the wizard edits it: every input cell as the canonical text of its value
// ("" when blank), the texts, the explanations, and which cells the system prefilled. The wizard
// starts from it, and a refused save (version conflict) sends it back so the clerk can compare.

export type EditableState = {
  version: number;
  /** Input cells only (computed cells are the browser's and the server's own business). */
  cells: Record<string, string>;
  /** Money cells whose unit is part of the value (2019 采购总金额). */
  units: Record<string, MoneyUnit>;
  prefilled: string[];
  texts: Record<TextKey, string>;
  explanations: WarningExplanations;
  /** Last save or creation, ISO 8601, and who did it. */
  savedAt: string;
  savedBy: string | null;
};

export function readExplanations(json: Prisma.JsonValue): WarningExplanations {
  if (!json || typeof json !== "object" || Array.isArray(json)) return {};
  return Object.fromEntries(
    Object.entries(json).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

function buildEditableState(
  format: FormatKey,
  report: { version: number; updatedAt: Date },
  revision: {
    overview: string;
    problems: string;
    other: string;
    warningExplanations: Prisma.JsonValue;
    cells: CellRow[];
  },
  savedBy: string | null,
): EditableState {
  const state: EditableState = {
    version: report.version,
    cells: {},
    units: {},
    prefilled: [],
    texts: { overview: revision.overview, problems: revision.problems, other: revision.other },
    explanations: readExplanations(revision.warningExplanations),
    savedAt: report.updatedAt.toISOString(),
    savedBy,
  };
  for (const cell of revision.cells) {
    const key = cellKey(cell);
    const definition = getCellDefinition(format, key);
    if (!definition || definition.computed) continue;
    state.cells[key] = cellInputText(cell);
    if (definition.units && definition.units.length > 1 && cell.unit) state.units[key] = cell.unit as MoneyUnit;
    if (cell.prefilled) state.prefilled.push(key);
  }
  return state;
}

/** The editable state of a report's working revision, read with `client` (a transaction or db). */
export async function loadEditableState(
  client: Prisma.TransactionClient,
  reportId: string,
): Promise<EditableState | null> {
  const report = await client.report.findUnique({
    where: { id: reportId },
    select: {
      format: true,
      version: true,
      updatedAt: true,
      currentRevision: {
        select: {
          id: true,
          overview: true,
          problems: true,
          other: true,
          warningExplanations: true,
        },
      },
    },
  });
  if (!report?.currentRevision) return null;
  const cells = await readCells(report.currentRevision.id, client);
  const lastSave = await client.auditEvent.findFirst({
    where: { reportId, action: { in: ["report.saved", "report.created"] } },
    orderBy: { id: "desc" },
    select: { actorId: true },
  });
  const actor = lastSave?.actorId
    ? await client.user.findUnique({ where: { id: lastSave.actorId }, select: { name: true } })
    : null;
  return buildEditableState(
    parseFormatKey(report.format),
    report,
    { ...report.currentRevision, cells },
    actor?.name ?? null,
  );
}
