import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { TEST_HOOKS_ENV } from "../../next.config";
import { localBin, runCommand } from "./run-command";

// Everything that changes what `next build` produces. A new checkout or an edited source file
// means a new build; an unchanged tree starts at once.
const INPUTS = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", "generated"]);

function collectFiles(path: string, into: string[]): void {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    into.push(path);
    return;
  }
  for (const entry of readdirSync(path).sort()) {
    if (SKIP.has(entry) || entry.endsWith(".test.ts")) continue;
    collectFiles(join(path, entry), into);
  }
}

export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  const files: string[] = [];
  for (const input of INPUTS) collectFiles(join(root, input), files);
  for (const file of files) {
    hash.update(relative(root, file));
    hash.update(readFileSync(file));
  }
  // A build with test formats (next.config.ts) is another build: never reused without them, nor they without it.
  const extraFormats = process.env.GKNB_EXTRA_FORMATS_MODULE;
  if (extraFormats) hash.update(`extra formats ${extraFormats}\n`).update(readFileSync(join(root, extraFormats)));
  return hash.digest("hex");
}

/**
 * Builds the Next.js app unless the last build was made from the same sources and for the same
 * use: with `testHooks`, the build for the end-to-end tests (with their routes, see next.config.ts);
 * without, the production build, which never has them.
 */
export async function ensureBuild(
  root: string,
  log: (line: string) => void,
  options: { testHooks?: boolean } = {},
): Promise<void> {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  const stamp = join(root, distDir, "source-hash");
  const wanted = `${sourceHash(root)}${options.testHooks ? " with test hooks" : ""}`;
  const built =
    existsSync(join(root, distDir, "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === wanted;
  if (built) return;
  log("正在构建应用（next build，首次启动约需一两分钟）…");
  // `next build` adds its generated type folders to tsconfig.json; keep the committed file as it is.
  const tsconfig = join(root, "tsconfig.json");
  const committedTsconfig = readFileSync(tsconfig, "utf8");
  const code = await runCommand(localBin("next"), ["build"], {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    [TEST_HOOKS_ENV]: options.testHooks ? "1" : "0",
  });
  if (readFileSync(tsconfig, "utf8") !== committedTsconfig) writeFileSync(tsconfig, committedTsconfig);
  if (code !== 0) throw new Error(`next build 失败（退出码 ${code}）`);
  writeFileSync(stamp, wanted);
}

/** The routes of the built app (in NEXT_DIST_DIR) that exist for the tests only. */
export function listBuiltTestHooks(root: string): string[] {
  const manifest = join(root, process.env.NEXT_DIST_DIR ?? ".next", "server", "app-paths-manifest.json");
  return Object.keys(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, string>).filter((route) =>
    route.startsWith("/api/test-hooks/"),
  );
}
