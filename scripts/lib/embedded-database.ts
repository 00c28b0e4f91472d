import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

// The zero-setup database: PostgreSQL compiled to WebAssembly (PGlite), served over TCP on
// loopback so the unchanged pg driver, Prisma and every Next.js process can use it like a
// server. See docs/decisions/001-embedded-database.md.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

/** Starts PGlite on `dataDir` (a folder, or "memory://" for a throwaway database). */
export async function startEmbeddedDatabase(dataDir: string, port = 0): Promise<EmbeddedDatabase> {
  const persistent = dataDir !== "memory://";
  const lockFile = persistent ? join(dataDir, "..", `${dataDir.split("/").pop()}.pid`) : undefined;
  if (persistent) {
    mkdirSync(dataDir, { recursive: true });
    claimDataFolder(lockFile!, dataDir);
  }
  const db = await PGlite.create(dataDir);
  // PGlite runs one query at a time; the server multiplexes connections and keeps a transaction's
  // statements together, so a pool of connections behaves as with a real server.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 32 });
  await server.start();
  const url = `postgresql://postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  let stopped = false;
  return {
    url,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      if (lockFile) rmSync(lockFile, { force: true });
    },
  };
}

// Two processes writing one PGlite folder corrupt it: refuse while another live process holds it.
function claimDataFolder(lockFile: string, dataDir: string): void {
  if (existsSync(lockFile)) {
    const pid = Number(readFileSync(lockFile, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`内置数据库目录 ${dataDir} 正被另一个进程（PID ${pid}）使用：请先停止它。`);
    }
  }
  writeFileSync(lockFile, String(process.pid));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
