import { readdir, unlink } from "node:fs/promises";
import { join } from "node:path";

// The purge hook of the production front (deploy/nginx): nginx keeps public answers in files under
// its proxy_cache_path, a folder the app instances share with it (PROXY_CACHE_DIR). Open-source
// nginx has no purge command; a cache file that is gone is simply a miss, so on a public change
// every instance deletes the files (the folders stay: nginx expects its levels). Deleting twice,
// from two instances, is harmless.

/** Deletes every cached answer under `directory`; resolves with how many files went. */
export async function purgeProxyCache(directory: string): Promise<number> {
  let removed = 0;
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) removed += await purgeProxyCache(path);
    else if (entry.isFile())
      removed += await unlink(path).then(
        () => 1,
        () => 0,
      );
  }
  return removed;
}
