// `npm start`: prepares the database (the embedded one when DATABASE_URL is not set), builds the
// app when its sources changed, and serves it on PORT (default 3000). `npm run dev` does the same
// with the Next.js dev server.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { applyMigrations } from "./db/apply-migrations";
import { hostEmbeddedDatabase, localDataDir } from "./lib/cli-database";
import type { EmbeddedDatabase } from "./lib/embedded-database";
import { ensureBuild, listBuiltTestHooks } from "./lib/ensure-build";
import { localSecret } from "./lib/local-secret";
import { localBin, startAppServer, startChild } from "./lib/run-command";
import { seedDatabase } from "../prisma/seed";
import { disconnectDb } from "../lib/server/db";
import { DEMO_PASSWORD, DEMO_USERS } from "../prisma/demo-data";

const root = process.cwd();
// Settings in .env (see .env.example) apply to this script too, not only to Next.js.
if (existsSync(join(root, ".env"))) process.loadEnvFile(join(root, ".env"));
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const log = (line: string) => console.log(`[公开年报] ${line}`);

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    // The command line (npm run cli -- import …) finds the running database through its data folder.
    embedded = await hostEmbeddedDatabase(Number(process.env.EMBEDDED_DB_PORT ?? 0));
    databaseUrl = embedded.url;
    log(`使用内置数据库（PostgreSQL，数据保存在 .data/postgres），端口 ${new URL(databaseUrl).port}`);
  } else {
    log("使用 DATABASE_URL 指定的 PostgreSQL");
  }
  process.env.DATABASE_URL = databaseUrl;
  process.env.BETTER_AUTH_SECRET ??= localSecret(join(localDataDir(), "auth-secret"));
  process.env.BETTER_AUTH_URL ??= `http://localhost:${port}`;

  const applied = await applyMigrations(databaseUrl, log);
  if (applied.length) log(`已应用数据库迁移：${applied.join(", ")}`);
  // The embedded database is the demo's own: it gets the demo logins (unless DEMO_ACCOUNTS=0);
  // an external PostgreSQL only when asked for with DEMO_ACCOUNTS=1.
  const seeded = await seedDatabase({ demoAccounts: embedded ? process.env.DEMO_ACCOUNTS !== "0" : undefined });
  await disconnectDb();
  if (seeded.created) log("已写入演示数据");
  if (seeded.demoUsers) {
    log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
    for (const user of DEMO_USERS) log(`  ${user.email}  ${user.description}`);
  }

  if (!dev) {
    await ensureBuild(root, log);
    const hooks = listBuiltTestHooks(root);
    if (hooks.length) throw new Error(`构建中含有仅供测试的接口（${hooks.join("、")}），请删除构建目录后重试`);
  }
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port) };
  const child = dev ? startChild(localBin("next"), ["dev", "-p", String(port)], env) : startAppServer(port, env);
  log(`应用地址 http://localhost:${port}`);
  child.on("exit", async (code) => {
    await embedded?.stop();
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(`[公开年报] 启动失败：${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
