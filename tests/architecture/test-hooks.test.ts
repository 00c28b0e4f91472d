import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEST_HOOKS_ENV, pageExtensionsFor } from "@/next.config";

// Routes for the end-to-end tests end in `.e2e.ts`; only the test server's build knows that ending
// (tests/reliability/instances-agree checks a real production build has none of them).

function listFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

describe("test hooks", () => {
  it("are built only when the test server's build asks for them", () => {
    expect(pageExtensionsFor(false)).not.toContain("e2e.ts");
    expect(pageExtensionsFor(true)).toContain("e2e.ts");
    expect(TEST_HOOKS_ENV).toBe("GKNB_TEST_HOOKS_BUILD");
  });

  it("live in app/api/test-hooks, and everything there is test-only", () => {
    const files = listFiles("app");
    expect(
      files.filter((file) => file.endsWith(".e2e.ts")).every((file) => file.startsWith("app/api/test-hooks/")),
    ).toBe(true);
    expect(files.filter((file) => file.startsWith("app/api/test-hooks/") && !file.endsWith(".e2e.ts"))).toEqual([]);
  });
});
