import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  chownSync,
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import pg from "pg";
import { embeddedPostgresBinaries, serverOsUser } from "./postgres-binaries";
import { localSecret } from "./local-secret";

// The zero-setup database: a real PostgreSQL server from npm packages, run as a child process on
// a loopback port with its data in a folder. Every connection is a real backend, so concurrency,
// locks and errors behave exactly as on the production server. See docs/decisions/001-embedded-database.md.

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export type EmbeddedDatabaseOptions = {
  /** The cluster's folder; omitted: a throwaway cluster in the temp folder, deleted at stop. */
  dataDir?: string;
  /** 0 or omitted: a free port. */
  port?: number;
};

const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions = {}): Promise<EmbeddedDatabase> {
  const binaries = embeddedPostgresBinaries();
  const osUser = serverOsUser();
  const throwaway = !options.dataDir;
  const root = throwaway ? mkdtempSync(join(tmpdir(), "gknb-embedded-pg-")) : dirname(options.dataDir!);
  const dataDir = options.dataDir ?? join(root, "data");
  const ownerFile = `${dataDir}.pid`;
  mkdirSync(root, { recursive: true });
  if (!throwaway) await claimDataFolder(ownerFile, dataDir);
  const password = throwaway ? randomBytes(18).toString("base64url") : localSecret(`${dataDir}.password`);

  const giveToServer = (path: string) => {
    if (osUser) chownSync(path, osUser.uid, osUser.gid);
  };
  if (osUser && throwaway) giveToServer(root);
  if (osUser) letServerReach(dataDir, osUser);
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    giveToServer(dataDir);
    const passwordFolder = mkdtempSync(join(tmpdir(), "gknb-initdb-"));
    const passwordFile = join(passwordFolder, "password");
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    giveToServer(passwordFolder);
    giveToServer(passwordFile);
    try {
      await run(
        binaries.initdb,
        [
          "-D",
          dataDir,
          "-U",
          "postgres",
          "-A",
          "scram-sha-256",
          `--pwfile=${passwordFile}`,
          "-E",
          "UTF8",
          "--no-locale",
          ...(throwaway ? ["--no-sync"] : []),
        ],
        osUser,
      );
    } finally {
      rmSync(passwordFolder, { recursive: true, force: true });
    }
  }

  const port = options.port || (await freePort());
  const logFile = throwaway ? join(root, "server.log") : `${dataDir}.log`;
  const logFd = openSync(logFile, "a");
  const settings = [
    "listen_addresses=127.0.0.1",
    "unix_socket_directories=",
    "max_connections=200",
    // A throwaway test cluster need not survive a power cut.
    ...(throwaway ? ["fsync=off", "synchronous_commit=off", "full_page_writes=off"] : []),
  ];
  const server = spawn(binaries.postgres, ["-D", dataDir, "-p", String(port), ...settings.flatMap((s) => ["-c", s])], {
    stdio: ["ignore", logFd, logFd],
    // A kept cluster runs in its own process group: a Ctrl-C in the terminal reaches the app first,
    // which stops the database after its last query instead of both at once. A throwaway one stays
    // in its owner's group, so whatever kills a test run's group kills its database too.
    detached: !throwaway && process.platform !== "win32",
    ...(osUser ? { uid: osUser.uid, gid: osUser.gid } : {}),
  });
  closeSync(logFd);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  // Whatever ends this process normally also ends its database (SIGKILL cannot be caught: the
  // next start finds the orphan through the owner file and stops it).
  const killOnExit = () => server.kill("SIGQUIT");
  process.once("exit", killOnExit);

  const url = `postgresql://postgres:${password}@127.0.0.1:${port}/postgres?sslmode=disable`;
  try {
    await waitUntilReady(url, server, logFile);
  } catch (error) {
    server.kill("SIGQUIT");
    await exited;
    throw error;
  }
  if (!throwaway) writeFileSync(ownerFile, String(process.pid));

  let stopped: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopped ??= (async () => {
        process.removeListener("exit", killOnExit);
        // Fast shutdown: open transactions roll back, a checkpoint is written, the server exits.
        server.kill(throwaway ? "SIGQUIT" : "SIGINT");
        const timer = setTimeout(() => server.kill("SIGKILL"), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
        if (throwaway) rmSync(root, { recursive: true, force: true });
        else rmSync(ownerFile, { force: true });
      })();
      return stopped;
    },
  };
}

async function run(program: string, args: string[], osUser: ReturnType<typeof serverOsUser>): Promise<void> {
  const child = spawn(program, args, {
    stdio: ["ignore", "pipe", "pipe"],
    ...(osUser ? { uid: osUser.uid, gid: osUser.gid } : {}),
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", resolve);
  });
  if (code !== 0) throw new Error(`内置数据库初始化失败（${program} 退出码 ${code}）：\n${output.slice(-2000)}`);
}

async function waitUntilReady(url: string, server: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) break;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => {});
    }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, "utf8").slice(-2000) : "";
  throw new Error(`内置数据库没有启动：\n${log}`);
}

/** A loopback port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port")),
      );
    });
  });
}

/**
 * As root the server runs as another OS user, which must be able to pass through every folder
 * above the data folder (a `mktemp -d` or /root is closed to others). Those folders get the
 * search bit for others (enter, not list), and the change is reported.
 */
function letServerReach(dataDir: string, osUser: { uid: number; gid: number; name: string }): void {
  for (let folder = dirname(dataDir); ; folder = dirname(folder)) {
    const { mode, uid, gid } = statSync(folder);
    const reachable = mode & 0o001 || (uid === osUser.uid && mode & 0o100) || (gid === osUser.gid && mode & 0o010);
    if (!reachable) {
      chmodSync(folder, mode | 0o001);
      console.log(`[公开年报] 内置数据库以系统用户 ${osUser.name} 运行：已允许它进入目录 ${folder}（chmod o+x）`);
    }
    if (dirname(folder) === folder) return;
  }
}

/**
 * One process hosts a data folder at a time. A live owner is refused; a dead owner's server (the
 * owner was killed outright) is stopped so that this process can start its own.
 */
async function claimDataFolder(ownerFile: string, dataDir: string): Promise<void> {
  if (existsSync(ownerFile)) {
    const owner = Number(readFileSync(ownerFile, "utf8"));
    if (owner && isAlive(owner)) {
      throw new Error(`内置数据库目录 ${dataDir} 正被另一个进程（PID ${owner}）使用：请先停止它。`);
    }
  }
  const postmasterFile = join(dataDir, "postmaster.pid");
  if (!existsSync(postmasterFile)) return;
  const orphan = Number(readFileSync(postmasterFile, "utf8").split("\n")[0]);
  if (!orphan || !isAlive(orphan)) return;
  process.kill(orphan, "SIGINT");
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(orphan) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  if (isAlive(orphan)) throw new Error(`内置数据库目录 ${dataDir} 的旧服务器进程（PID ${orphan}）无法停止。`);
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
