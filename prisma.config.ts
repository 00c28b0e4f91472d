import { defineConfig } from "prisma/config";

// `prisma generate` needs no database; the URL is only read by CLI commands that connect.
// Our own scripts (scripts/db/*) apply migrations, because Prisma's migrate CLI needs a native
// engine download that is not reachable everywhere (docs/decisions/001-embedded-database.md).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx --conditions=react-server prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
