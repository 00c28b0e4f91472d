import "server-only";
import { hashPassword as scryptHash, verifyPassword as scryptVerify } from "better-auth/crypto";

// Every password hash and check of the app (better-auth's sign-in included, see auth.ts) goes
// through one small queue. Node's asynchronous scrypt runs in libuv's thread pool, 4 threads
// shared with the gzip of every answer and with file reads: 50 sign-ins at once filled it and
// everything else queued behind them (health p99 2.8–4.2 s). With at most HASH_CONCURRENCY
// hashes at a time the waiting is done by the sign-ins themselves, and the other threads stay
// free. The default was chosen by measurement (`npm run bench -- login`, docs/security.md).

const DEFAULT_CONCURRENCY = 1;

function concurrency(): number {
  const configured = Number(process.env.HASH_CONCURRENCY);
  return Number.isInteger(configured) && configured > 0 ? configured : DEFAULT_CONCURRENCY;
}

const waiting: (() => void)[] = [];
let running = 0;

async function withHashSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= concurrency()) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await work();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export function hashPassword(password: string): Promise<string> {
  return withHashSlot(() => scryptHash(password));
}

export function verifyPassword(data: { hash: string; password: string }): Promise<boolean> {
  return withHashSlot(() => scryptVerify(data));
}
