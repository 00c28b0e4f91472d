import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "../db";

/**
 * Whether reports of `year` may be written and submitted: the year is open, or (with `agencyId`)
 * the 主管部门 has reopened this agency's report as an exception. A year the system does not know is
 * not open. Corrections of published reports are not governed by this (they stay possible).
 */
export async function isYearOpen(
  year: number,
  agencyId?: string,
  client: Prisma.TransactionClient = db,
): Promise<boolean> {
  const [row] = await client.$queryRawUnsafe<{ open: boolean }[]>(
    `SELECT ${yearTakesFiguresSql("$1::int", "$2::text")} AS open`,
    year,
    agencyId ?? null,
  );
  return row?.open ?? false;
}

/** isYearOpen as an SQL condition on the given expressions (the autosave reads it with its report). */
export function yearTakesFiguresSql(year: string, agencyId: string): string {
  return `EXISTS (SELECT 1 FROM reporting_year y WHERE y.year = ${year} AND (y.closed_at IS NULL
    OR EXISTS (SELECT 1 FROM reporting_exception e WHERE e.year = y.year AND e.agency_id = ${agencyId})))`;
}
