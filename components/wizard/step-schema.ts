// The zod schema of one wizard step, derived from the format declaration: every input cell of the
// section's tables (parsed by parseCellInput, the same parser the server uses), or its text.
import { z } from "zod";
import { listCellDefinitions, type FormatKey, type SectionDefinition, type TextKey } from "@/lib/report-format";
import { parseCellInput } from "@/lib/report-format";
import { cellField, textField, unitField } from "./report-fields";
import { checkText } from "@/lib/report-format/text-rules";

export type StepValues = Record<string, string>;

export function buildStepSchema(format: FormatKey, section: SectionDefinition): z.ZodType<StepValues, StepValues> {
  const shape: Record<string, z.ZodType<string, string>> = {};
  if (section.content.kind === "text") {
    shape[textField(section.key as TextKey)] = z.string().superRefine((text, context) => {
      const problem = checkText(text, section.heading);
      if (problem) context.addIssue({ code: "custom", message: problem });
    });
    return z.object(shape) as unknown as z.ZodType<StepValues, StepValues>;
  }
  const tables = new Set(section.content.tables.map((table) => table.key));
  for (const cell of listCellDefinitions(format)) {
    if (cell.computed || !tables.has(cell.table)) continue;
    shape[cellField(cell.key)] = z.string().superRefine((raw, context) => {
      const parsed = parseCellInput(raw, cell);
      if (!parsed.ok) context.addIssue({ code: "custom", message: parsed.message });
    });
    if ((cell.units?.length ?? 0) > 1)
      shape[unitField(cell.key)] = z.enum(cell.units as [string, ...string[]], `「${cell.label}」请选择单位`);
  }
  return z.object(shape) as unknown as z.ZodType<StepValues, StepValues>;
}
