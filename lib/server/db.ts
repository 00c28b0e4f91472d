import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { readDatabaseUrl } from "./env";

type Clients = { pool: pg.Pool; db: PrismaClient; authDb: PrismaClient };

// One pool and one client per process (Next's dev server re-evaluates modules; keep them on globalThis).
const holder = globalThis as typeof globalThis & { __gknbClients?: Clients };

// A burst (the season opening, a deadline reminder) brings many more transactions than
// connections. They queue for the pool; with Prisma's defaults (2 s to get a connection, 5 s
// to finish) the end of the queue failed instead of waiting its turn
// (tests/reliability/save-burst). A request that waits a few seconds in a burst is better than
// a clerk's save or 开始填报 failing.
const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

function createClients(): Clients {
  const pool = new pg.Pool({
    connectionString: readDatabaseUrl(),
    max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  });
  // A broken idle connection (database restarted) must not crash the server; the pool reconnects.
  pool.on("error", (error) => console.error("[db] idle connection error:", error.message));
  const adapter = new PrismaPg(pool);
  return {
    pool,
    // Password hashes never leave the auth module by accident.
    db: new PrismaClient({ adapter, omit: { account: { password: true } }, transactionOptions: TRANSACTION_OPTIONS }),
    authDb: new PrismaClient({ adapter, transactionOptions: TRANSACTION_OPTIONS }),
  };
}

function clients(): Clients {
  holder.__gknbClients ??= createClients();
  return holder.__gknbClients;
}

/** The application's Prisma client. */
export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, property) {
    const client = clients().db;
    const value: unknown = Reflect.get(client, property);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/**
 * The pool under Prisma, for the few hot paths that send their own SQL (every request's session
 * check, the wizard's autosave): one round trip of plain SQL there costs a fraction of the query
 * builder's CPU, and saves are the app's main cost in January (docs/deployment.md).
 */
export function sqlPool(): pg.Pool {
  return clients().pool;
}

/** The client for better-auth only: it reads password hashes. */
export function authDb(): PrismaClient {
  return clients().authDb;
}

/** Close the pool: scripts call this so the process can exit. */
export async function disconnectDb(): Promise<void> {
  const current = holder.__gknbClients;
  if (!current) return;
  holder.__gknbClients = undefined;
  await Promise.all([current.db.$disconnect(), current.authDb.$disconnect()]);
  await current.pool.end().catch(() => {});
}
