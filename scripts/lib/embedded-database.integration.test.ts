import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runConcurrentQueries } from "../../tests/concurrent-queries";
import { isAlive, startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-database";

// The embedded database on its own (whatever DATABASE_URL the suite runs on): the server that a
// fresh clone's `npm start` and `npm test` use.

describe("the embedded database under concurrency", () => {
  let embedded: EmbeddedDatabase;
  beforeAll(async () => {
    embedded = await startEmbeddedDatabase();
  }, 60_000);
  afterAll(async () => embedded?.stop());

  it("answers 32 connections × 500 parameterized queries of different shapes each with their own rows", async () => {
    const result = await runConcurrentQueries(embedded.url, 32, 500);
    console.log(
      `embedded database: ${result.queries} queries on 32 connections in ${Math.round(result.milliseconds)} ms`,
    );
    expect(result.wrongAnswers).toEqual([]);
    expect(result.unexpectedErrors).toEqual([]);
    expect(result.deliberateErrors).toBe(32 * 20);
  }, 120_000);

  it("keeps a failed transaction to its own connection", async () => {
    const failing = new pg.Client({ connectionString: embedded.url });
    const other = new pg.Client({ connectionString: embedded.url });
    await Promise.all([failing.connect(), other.connect()]);
    try {
      await failing.query("BEGIN");
      await expect(failing.query("SELECT 1 / $1::int", [0])).rejects.toMatchObject({ code: "22012" });
      // The other connection is unaffected while the first sits in its aborted transaction.
      expect((await other.query("SELECT $1::text AS tag", ["other"])).rows).toEqual([{ tag: "other" }]);
      await expect(failing.query("SELECT 1")).rejects.toMatchObject({ code: "25P02" });
      await failing.query("ROLLBACK");
      expect((await failing.query("SELECT $1::int AS n", [7])).rows).toEqual([{ n: 7 }]);
    } finally {
      await Promise.all([failing.end(), other.end()]);
    }
  });
});

describe("the embedded database's data folder", () => {
  const root = mkdtempSync(join(tmpdir(), "gknb-embedded-folder-"));
  const dataDir = join(root, "postgres");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("keeps its data across a restart and refuses a second live owner", async () => {
    const first = await startEmbeddedDatabase({ dataDir });
    await query(first.url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('保留')");
    await expect(startEmbeddedDatabase({ dataDir })).rejects.toThrow(/正被另一个进程/);
    await first.stop();
    const second = await startEmbeddedDatabase({ dataDir });
    try {
      expect((await query(second.url, "SELECT note FROM kept")).rows).toEqual([{ note: "保留" }]);
    } finally {
      await second.stop();
    }
  }, 60_000);

  it("stops the server a killed owner left behind and starts again on the same data", async () => {
    // A process hosts the folder and is then killed outright (SIGKILL: no exit handler runs).
    // Node itself (a tsx wrapper would survive as a second process holding the folder).
    const owner = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "--input-type=module",
        "-e",
        `
      import("./scripts/lib/embedded-database.ts").then(async ({ startEmbeddedDatabase }) => {
        const db = await startEmbeddedDatabase({ dataDir: ${JSON.stringify(dataDir)} });
        console.log(db.url);
        setInterval(() => {}, 1000);
      });
    `,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    const url = await new Promise<string>((resolve, reject) => {
      owner.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      owner.once("exit", (code) => reject(new Error(`the owner process exited early (${code})`)));
    });
    await query(url, "INSERT INTO kept VALUES ('孤儿之前')");
    owner.kill("SIGKILL");
    await new Promise((resolve) => owner.once("exit", resolve));
    const orphan = Number(readFileSync(join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    expect(isAlive(orphan)).toBe(true);

    const next = await startEmbeddedDatabase({ dataDir });
    try {
      expect(isAlive(orphan)).toBe(false);
      expect((await query(next.url, "SELECT note FROM kept ORDER BY note")).rows.map((row) => row.note)).toEqual([
        "保留",
        "孤儿之前",
      ]);
    } finally {
      await next.stop();
    }
    expect(existsSync(join(dataDir, "postmaster.pid"))).toBe(false);
  }, 90_000);
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
