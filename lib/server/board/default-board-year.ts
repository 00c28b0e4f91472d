import "server-only";
import { db } from "../db";

/** The year the board opens on: the latest open reporting year, else the latest year. */
export async function findDefaultBoardYear(): Promise<number | null> {
  const year =
    (await db.reportingYear.findFirst({
      where: { closedAt: null },
      orderBy: { year: "desc" },
      select: { year: true },
    })) ?? (await db.reportingYear.findFirst({ orderBy: { year: "desc" }, select: { year: true } }));
  return year?.year ?? null;
}
