import { z } from "zod";
import { BOARD_FILTERS } from "@/lib/server/board/board-filters";

/** The board's URL: ?year=2025&filter=late&government=… (anything unreadable falls back to the default). */
export const boardQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  filter: z.enum(BOARD_FILTERS).optional().catch(undefined),
  government: z.string().min(1).max(64).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});

/** Rows per page of the board: a city's 2,000 agencies would make one page of megabytes. */
export const BOARD_PAGE_SIZE = 200;
export type BoardQuery = z.infer<typeof boardQuerySchema>;

export const refreshChecksSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
