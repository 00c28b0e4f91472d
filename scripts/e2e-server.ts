// The server Playwright tests run against: a fresh seeded database (see tests/test-database.ts),
// the production build, `next start` on E2E_PORT. The database is dropped when it stops.
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createTestDatabase } from "../tests/test-database";
import { ensureBuild } from "./lib/ensure-build";
import { startAppServer } from "./lib/run-command";
import { seedDatabase } from "../prisma/seed";
import { disconnectDb } from "../lib/server/db";

const port = Number(process.env.E2E_PORT ?? 3100);
const log = (line: string) => console.log(`[e2e-server] ${line}`);
/** Where e2e specs find the database of the running e2e server, to check what a journey stored. */
export const E2E_DATABASE_URL_FILE = `.data/e2e-database-${port}.url`;
// The same module e2e/app-formats.ts registers in the specs.
const E2E_EXTRA_FORMATS_MODULE = "./tests/formats/made-up-format.ts";

async function main(): Promise<void> {
  const database = await createTestDatabase("e2e");
  process.env.DATABASE_URL = database.url;
  mkdirSync(".data", { recursive: true });
  writeFileSync(E2E_DATABASE_URL_FILE, database.url);
  process.env.BETTER_AUTH_SECRET = "e2e-tests-secret-0123456789abcdef0123";
  process.env.BETTER_AUTH_URL = `http://localhost:${port}`;
  // The journeys sign in with the demo logins: asked for explicitly on this throw-away database.
  // They build the report histories they check themselves, without the generated demo history.
  await seedDatabase({ demoAccounts: true, demoHistory: false });
  await disconnectDb();
  // The app under test also knows a made-up format (tests/formats/made-up-format.ts), so that a
  // journey can show a format declared in one file working in the wizard.
  process.env.GKNB_EXTRA_FORMATS_MODULE = E2E_EXTRA_FORMATS_MODULE;
  await ensureBuild(process.cwd(), log, { testHooks: true });
  const child = startAppServer(port, process.env);
  child.on("exit", async (code) => {
    rmSync(E2E_DATABASE_URL_FILE, { force: true });
    await database.drop().catch((error: unknown) => log(`could not drop the test database: ${String(error)}`));
    process.exit(code ?? 0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
