import "server-only";
import { revalidateTag } from "next/cache";
import { purgeFrontCache } from "@/lib/front-cache/front-cache";
import { PUBLIC_CACHE_TAG } from "./public-cache";

/**
 * Call after a publication or a published correction has committed (the workflow's publish
 * transition): the public pages and the open-data API show it from the next request on.
 * Every public page depends on what is published (lists, the year's summary, other years' links),
 * so the whole public cache is expired; `year` and `code` name what changed, for the log.
 * The other instances hear of it from PostgreSQL (announcePublicChange in the same transaction,
 * lib/front-cache/public-change-listener.ts) and expire theirs.
 *
 * Only inside the Next.js server (a server action or route handler). Elsewhere — the CLI, the
 * integration tests — there is no cache of this process to expire, and the call does nothing;
 * the public cache's time limit picks such changes up.
 */
export function revalidatePublishedReport(year: number, code: string): void {
  try {
    expirePublicCaches();
  } catch (error) {
    throw new Error(`刷新公开页面缓存失败（${year} ${code}）`, { cause: error });
  }
}

/** Expires this process's caches of public answers: Next's (tag PUBLIC_CACHE_TAG) and the front cache. */
export function expirePublicCaches(): void {
  purgeFrontCache();
  try {
    revalidateTag(PUBLIC_CACHE_TAG, { expire: 0 });
  } catch (error) {
    if (error instanceof Error && /static generation store missing/.test(error.message)) return;
    throw error;
  }
  // A fill of the front cache that started before Next's caches were expired would keep the old answer.
  purgeFrontCache();
}
