import { z } from "zod";

const id = z.string().min(1).max(64);
const year = z.coerce.number().int().min(2019).max(2100);

export const summaryQuerySchema = z.object({
  year: year.optional().catch(undefined),
  government: id.optional().catch(undefined),
});
export const computeSummarySchema = z.object({ governmentId: id, year });
const text = z.string().max(20_000, "文字过长");
export const summaryTextsSchema = z.object({
  reportId: id,
  version: z.coerce.number().int().min(1),
  overview: text,
  problems: text,
  other: text,
});
export const submitSummarySchema = z.object({ reportId: id, version: z.coerce.number().int().min(1) });
