import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_cache } from "next/cache";

// Published pages and API bodies are rendered once and kept in Next's data cache, tagged
// PUBLIC_CACHE_TAG: a publication or correction calls revalidatePublishedReport, which expires
// them all at once (publications are rare, and one changes the home page, the year page, the
// agency page and the other years' links alike). The time limit is the backstop for what no
// request can announce: a scheduled publication whose time has come, or an import from the CLI,
// which runs in another process.

export const PUBLIC_CACHE_TAG = "public-reports";

// Next keeps this cache on disk too, across restarts; the database may have changed meanwhile
// (a restore, another e2e database, a CLI import), so each server process starts afresh.
const holder = globalThis as typeof globalThis & { __gknbPublicCacheGeneration?: string };
holder.__gknbPublicCacheGeneration ??= randomUUID();

// Keep in step with `export const revalidate` of the ISR routes (a segment config must be a literal).
export const PUBLIC_REVALIDATE_SECONDS = 60;

/** Thrown inside a cached renderer for an unknown or unpublished key: nothing is cached, the route answers 404. */
export class PublicNotFound extends Error {
  constructor() {
    super("not found or not published");
  }
}

/**
 * `render` cached under `name` and its arguments (JSON values: the result is stored as JSON, so
 * return strings or plain data, never Dates).
 */
export function cachePublic<Args extends (string | number)[], Result>(
  name: string,
  render: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(render, ["public", name, holder.__gknbPublicCacheGeneration!], {
    tags: [PUBLIC_CACHE_TAG],
    revalidate: PUBLIC_REVALIDATE_SECONDS,
  });
}
