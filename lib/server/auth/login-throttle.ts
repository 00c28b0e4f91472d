import "server-only";
import { db } from "../db";

// Sign-in limits, per account and per client address, kept in login_throttle.
//
// Per account, a password check is *reserved* with one atomic statement before it runs: the row
// lock of INSERT … ON CONFLICT DO UPDATE serialises concurrent requests, and a reservation is
// refused once failures plus checks in flight reach the limit. So however many requests arrive at
// once, no more than `max` checks per window are evaluated. Finishing a check only ever adds to a
// lock: nothing but its expiry (or an admin's unlock) clears it.
//
// Per client address, only the lock is read before the check and failures are counted after it:
// a whole office signs in through one NAT address at 08:30, and reserving on that one row would
// line every sign-in up behind the row lock, each holding a database connection meanwhile.

export type ThrottleLimit = {
  /** Wrong passwords allowed per window (per account: counting checks in flight). */
  max: number;
  windowMinutes: number;
  lockMinutes: number;
  /** Seconds to wait before the next check after the n-th wrong password (index n - 1). */
  delaysSeconds: readonly number[];
};

export const ACCOUNT_LIMIT: ThrottleLimit = { max: 5, windowMinutes: 15, lockMinutes: 15, delaysSeconds: [0, 1, 2, 4] };
/** Per address: generous (one office, one address), no delay for the same reason. */
export const CLIENT_LIMIT: ThrottleLimit = { max: 20, windowMinutes: 15, lockMinutes: 15, delaysSeconds: [] };

export const accountKey = (email: string) => `account:${email}`;
export const clientKey = (address: string) => `client:${address}`;

export type Refusal = { reason: "locked" | "busy" | "delay"; until: Date };

type Row = {
  failures: number;
  pending: number;
  window_start: Date;
  not_before: Date | null;
  locked_until: Date | null;
};

/** Reserves one password check; a refusal says why and until when. */
export async function reserveCheck(key: string, limit: ThrottleLimit): Promise<Refusal | null> {
  const window = `${limit.windowMinutes} minutes`;
  // A row starts afresh when its lock has run out, or when its window has passed without a lock.
  const reserved = await db.$queryRaw<{ pending: number }[]>`
    INSERT INTO login_throttle AS t (key, failures, pending, window_start, expires_at)
    VALUES (${key}, 0, 1, now(), now() + ${window}::interval)
    ON CONFLICT (key) DO UPDATE SET
      failures     = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN 0 ELSE t.failures END,
      pending      = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN 1 ELSE t.pending + 1 END,
      window_start = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN now() ELSE t.window_start END,
      not_before   = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN NULL ELSE t.not_before END,
      locked_until = CASE WHEN t.locked_until <= now() THEN NULL ELSE t.locked_until END,
      expires_at   = greatest(t.expires_at, now() + ${window}::interval)
    WHERE t.locked_until <= now()
       OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval)
       OR (t.locked_until IS NULL AND t.failures + t.pending < ${limit.max} AND (t.not_before IS NULL OR t.not_before <= now()))
    RETURNING pending`;
  if (reserved.length) return null;
  const [row] = await db.$queryRaw<
    Row[]
  >`SELECT failures, pending, window_start, not_before, locked_until FROM login_throttle WHERE key = ${key}`;
  if (!row) return null;
  if (row.locked_until) return { reason: "locked", until: row.locked_until };
  if (row.not_before && row.not_before > new Date()) return { reason: "delay", until: row.not_before };
  return { reason: "busy", until: new Date(row.window_start.getTime() + limit.windowMinutes * 60_000) };
}

export type FailureOutcome = { failures: number; lockedUntil: Date | null; newlyLocked: boolean };

/** A reserved check found a wrong password: count it, lock at the limit, set the next delay. */
export async function recordFailedCheck(key: string, limit: ThrottleLimit): Promise<FailureOutcome> {
  const window = `${limit.windowMinutes} minutes`;
  const lock = `${limit.lockMinutes} minutes`;
  const delays = limit.delaysSeconds.length ? [...limit.delaysSeconds] : [0];
  // `fresh`: the row's lock has run out, or its window has passed without a lock (rows of client
  // addresses are not reserved, so their window starts afresh here).
  const [row] = await db.$queryRaw<{ failures: number; locked_until: Date | null; was_locked: boolean }[]>`
    WITH before AS (SELECT locked_until IS NOT NULL AND locked_until > now() AS was_locked FROM login_throttle WHERE key = ${key})
    INSERT INTO login_throttle AS t (key, failures, pending, window_start, expires_at, locked_until)
    VALUES (${key}, 1, 0, now(), now() + ${lock}::interval,
            CASE WHEN 1 >= ${limit.max} THEN now() + ${lock}::interval END)
    ON CONFLICT (key) DO UPDATE SET
      failures     = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN 1 ELSE t.failures + 1 END,
      window_start = CASE WHEN t.locked_until <= now() OR (t.locked_until IS NULL AND t.window_start <= now() - ${window}::interval) THEN now() ELSE t.window_start END,
      pending      = greatest(t.pending - 1, 0),
      locked_until = CASE
                       WHEN t.locked_until > now() THEN greatest(t.locked_until, CASE WHEN t.failures + 1 >= ${limit.max} THEN now() + ${lock}::interval END)
                       WHEN t.locked_until <= now() OR t.window_start <= now() - ${window}::interval THEN CASE WHEN 1 >= ${limit.max} THEN now() + ${lock}::interval END
                       WHEN t.failures + 1 >= ${limit.max} THEN now() + ${lock}::interval
                     END,
      not_before   = CASE WHEN t.failures + 1 >= ${limit.max} THEN t.not_before
                          ELSE greatest(coalesce(t.not_before, now()), now() + make_interval(secs => (${delays}::int[])[least(t.failures + 1, ${delays.length})]))
                          END,
      expires_at   = greatest(t.expires_at, now() + ${lock}::interval)
    RETURNING failures, locked_until, coalesce((SELECT was_locked FROM before), false) AS was_locked`;
  const lockedUntil = row?.locked_until && row.locked_until > new Date() ? row.locked_until : null;
  return { failures: row?.failures ?? 1, lockedUntil, newlyLocked: Boolean(lockedUntil && !row?.was_locked) };
}

/** The lock on a key (a client address), read without reserving anything. */
export async function readLock(key: string): Promise<Refusal | null> {
  const [row] = await db.$queryRaw<
    { locked_until: Date }[]
  >`SELECT locked_until FROM login_throttle WHERE key = ${key} AND locked_until > now()`;
  return row ? { reason: "locked", until: row.locked_until } : null;
}

/** A reserved check is over without a wrong password; `clearFailures` for the account that signed in. */
export async function releaseCheck(key: string, clearFailures: boolean): Promise<void> {
  await db.$executeRaw`
    UPDATE login_throttle SET
      pending    = greatest(pending - 1, 0),
      failures   = CASE WHEN ${clearFailures} THEN 0 ELSE failures END,
      not_before = CASE WHEN ${clearFailures} THEN NULL ELSE not_before END
    WHERE key = ${key}`;
}

/** Lifts a lock (the admin's unlock, a password reset). Returns whether a lock was active. */
export async function clearThrottle(key: string): Promise<boolean> {
  const removed = await db.$queryRaw<{ locked: boolean }[]>`
    DELETE FROM login_throttle WHERE key = ${key} RETURNING (locked_until IS NOT NULL AND locked_until > now()) AS locked`;
  return removed.some((row) => row.locked);
}

const holder = globalThis as typeof globalThis & { __gknbThrottleSweptAt?: number };

/**
 * Throttle rows whose window and lock are over: unknown e-mails and addresses leave nothing
 * behind. At most once every `everyMs` per process (not one more statement per sign-in of a burst).
 */
export async function deleteExpiredThrottles(everyMs = 60_000): Promise<number> {
  const now = Date.now();
  if (holder.__gknbThrottleSweptAt !== undefined && now - holder.__gknbThrottleSweptAt < everyMs) return 0;
  holder.__gknbThrottleSweptAt = now;
  return db.$executeRaw`DELETE FROM login_throttle WHERE expires_at < now()`;
}
