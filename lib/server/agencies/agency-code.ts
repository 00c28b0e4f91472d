import "server-only";
import { pinyin } from "pinyin-pro";
import type { Prisma } from "@/lib/generated/prisma/client";

const CODE_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

export function isValidAgencyCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** An unused URL code for an agency name: the pinyin initials (本溪市科学技术局 → bxskxjsj), then -2, -3… */
export async function suggestAgencyCode(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const initials = pinyin(name, { pattern: "first", toneType: "none", type: "array", nonZh: "consecutive" })
    .join("")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
  const base = (initials || "agency").slice(0, 30);
  const taken = new Set(
    (await tx.agency.findMany({ where: { code: { startsWith: base } }, select: { code: true } })).map(
      (agency) => agency.code,
    ),
  );
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
