import type { TestProject } from "vitest/node";
import { createTestDatabase } from "./test-database";

// One fresh database per `vitest --project integration` run. Workers inherit the environment.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  process.env.DATABASE_URL = database.url;
  process.env.BETTER_AUTH_SECRET ??= "integration-tests-secret-0123456789abcdef";
  project.provide("databaseUrl", database.url);
  return async () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
