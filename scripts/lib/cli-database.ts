import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations } from "../db/apply-migrations";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";

// Commands that touch the database use, in order: DATABASE_URL; the embedded database of a running
// `npm start` (it writes its address beside the data folder); the embedded database opened here.

const dataFolder = () => join(process.cwd(), ".data", "pglite");
export const RUNNING_DATABASE_URL_FILE = () => join(process.cwd(), ".data", "pglite.url");

export type CliDatabase = { close: () => Promise<void> };

export async function connectCliDatabase(): Promise<CliDatabase> {
  if (process.env.DATABASE_URL) return { close: async () => {} };
  const runningUrl = readRunningUrl();
  if (runningUrl) {
    process.env.DATABASE_URL = runningUrl;
    return { close: async () => {} };
  }
  const embedded: EmbeddedDatabase = await startEmbeddedDatabase(dataFolder());
  process.env.DATABASE_URL = embedded.url;
  await applyMigrations(embedded.url);
  return { close: embedded.stop };
}

function readRunningUrl(): string | undefined {
  const urlFile = RUNNING_DATABASE_URL_FILE();
  const pidFile = `${dataFolder()}.pid`;
  if (!existsSync(urlFile) || !existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8"));
  try {
    process.kill(pid, 0);
  } catch {
    return undefined;
  }
  return readFileSync(urlFile, "utf8").trim() || undefined;
}
