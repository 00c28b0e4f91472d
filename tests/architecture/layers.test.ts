import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The folders show the architecture : routes hand their server actions down to
// components, and components never reach back into app/.

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe("layers", () => {
  it("components import nothing from app/", () => {
    const offenders = listSources("components").filter((file) => /from ["']@\/app\//.test(readFileSync(file, "utf8")));
    expect(offenders).toEqual([]);
  });

  it("lib/report-format stays pure: no React, Prisma, Next or server code", () => {
    const offenders = listSources("lib/report-format").filter((file) =>
      /from ["'](react|next\/|@\/lib\/server|@\/lib\/generated|@prisma)/.test(readFileSync(file, "utf8")),
    );
    expect(offenders).toEqual([]);
  });
});
