import { execFile } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { applyMigrations } from "../../scripts/db/apply-migrations";
import { freePort } from "../../scripts/lib/embedded-database";
import { embeddedPostgresBinaries, serverOsUser } from "../../scripts/lib/postgres-binaries";

// A PostgreSQL cluster of a test's own (initdb into a temporary folder, on a free loopback port),
// for tests that stop and restart the server: the machine's shared server must never be touched.
// PostgreSQL refuses to run as root, so as root every command runs as the server's OS user
// (runuser; see serverOsUser) in a folder it owns; as anyone else, as that user.

export type PrivateCluster = {
  /** A migrated database on the cluster. */
  url: string;
  /** Stops the server: `immediate` is a crash (no checkpoint, recovery at the next start), `fast` a clean shutdown. */
  stop(mode: "fast" | "immediate"): Promise<void>;
  start(): Promise<void>;
  /** Stops the server and deletes the cluster. */
  destroy(): Promise<void>;
};

/**
 * The folder of pg_ctl and initdb: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin (the
 * version CI's server runs), else the binaries of the embedded database.
 */
export function findPostgresBin(): string {
  const candidates = process.env.PG_BIN
    ? [process.env.PG_BIN]
    : existsSync("/usr/lib/postgresql")
      ? readdirSync("/usr/lib/postgresql")
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => `/usr/lib/postgresql/${version}/bin`)
      : [];
  return (
    candidates.find((bin) => existsSync(join(bin, "pg_ctl")) && existsSync(join(bin, "initdb"))) ??
    embeddedPostgresBinaries().bin
  );
}

export async function startPrivateCluster(bin: string): Promise<PrivateCluster> {
  const osUser = serverOsUser();
  const folder = mkdtempSync(join(tmpdir(), "gknb-pg-"));
  if (osUser) chownSync(folder, osUser.uid, osUser.gid);
  const data = join(folder, "data");
  const port = await freePort();
  // Asynchronous: the tests keep saving (on the same event loop) while the server stops and starts.
  const run = async (program: string, args: string[]) => {
    const [command, commandArgs] = osUser
      ? ["runuser", ["-u", osUser.name, "--", join(bin, program), ...args]]
      : [join(bin, program), args];
    await promisify(execFile)(command, commandArgs, { cwd: folder, timeout: 60_000 }).catch(
      (error: { stderr?: string; message: string }) => {
        throw new Error(`${program} ${args.join(" ")} failed: ${error.stderr || error.message}`);
      },
    );
  };
  // Only loopback TCP, and the socket in the cluster's own folder (not /var/run/postgresql).
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${folder}`;

  await run("initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"]);
  const cluster: PrivateCluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start: () =>
      run("pg_ctl", ["start", "-D", data, "-w", "-t", "60", "-o", options, "-l", join(folder, "server.log")]),
    stop: (mode) => run("pg_ctl", ["stop", "-D", data, "-w", "-t", "60", "-m", mode]),
    async destroy() {
      if (existsSync(join(data, "postmaster.pid"))) await cluster.stop("immediate");
      rmSync(folder, { recursive: true, force: true });
    },
  };
  try {
    await cluster.start();
    await applyMigrations(cluster.url);
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}
