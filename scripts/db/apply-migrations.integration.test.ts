import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyMigrations } from "./apply-migrations";

// The runner on a database of its own (the suite's shared one is already migrated): a new database
// on the suite's server, the machine's PostgreSQL or the embedded one.
const serverUrl = process.env.DATABASE_URL!;

let url: string;
let drop: () => Promise<void>;
let client: pg.Client;
let firstRun: string[];

beforeAll(async () => {
  ({ url, drop } = await createDatabase(serverUrl));
  firstRun = await applyMigrations(url);
  client = new pg.Client({ connectionString: url });
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await drop?.();
});

describe("applyMigrations", () => {
  it("applies every migration to an empty database and records it as Prisma does", async () => {
    expect(firstRun.length).toBeGreaterThan(0);
    expect(firstRun).toEqual([...firstRun].sort());
    const tables = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    expect(tables.rows.map((row) => row.tablename)).toEqual(
      expect.arrayContaining([
        "agency",
        "user",
        "report",
        "report_cell",
        "audit_event",
        "audit_cell_change",
        "_prisma_migrations",
      ]),
    );
    const history = await client.query(
      "SELECT migration_name, checksum, finished_at, applied_steps_count FROM _prisma_migrations",
    );
    expect(history.rows.map((row) => row.migration_name)).toEqual(firstRun);
    for (const row of history.rows) {
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).not.toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing the second time", async () => {
    expect(await applyMigrations(url)).toEqual([]);
  });

  it("refuses to run when an applied migration's file no longer matches its checksum", async () => {
    const name = firstRun[0];
    const { rows } = await client.query<{ checksum: string }>(
      "SELECT checksum FROM _prisma_migrations WHERE migration_name = $1",
      [name],
    );
    await client.query("UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2", ["0".repeat(64), name]);
    try {
      await expect(applyMigrations(url)).rejects.toThrow(`migration ${name} was changed after it was applied`);
    } finally {
      await client.query("UPDATE _prisma_migrations SET checksum = $1 WHERE migration_name = $2", [
        rows[0]?.checksum,
        name,
      ]);
    }
  });

  it("keeps the audit log append-only", async () => {
    const event = await client.query<{ id: string }>(
      "INSERT INTO audit_event (action) VALUES ('test.appended') RETURNING id",
    );
    const id = event.rows[0]?.id;
    await client.query("INSERT INTO audit_cell_change (event_id, cell, after) VALUES ($1, 'texts.overview', 'x')", [
      id,
    ]);
    await expect(client.query("UPDATE audit_event SET action = 'test.rewritten' WHERE id = $1", [id])).rejects.toThrow(
      "audit log is append-only",
    );
    await expect(client.query("DELETE FROM audit_event WHERE id = $1", [id])).rejects.toThrow(
      "audit log is append-only",
    );
    await expect(client.query("UPDATE audit_cell_change SET after = 'y'")).rejects.toThrow("audit log is append-only");
    await expect(client.query("DELETE FROM audit_cell_change")).rejects.toThrow("audit log is append-only");
    await expect(client.query("TRUNCATE audit_event, audit_cell_change")).rejects.toThrow("audit log is append-only");
    const kept = await client.query("SELECT action FROM audit_event WHERE id = $1", [id]);
    expect(kept.rows).toEqual([{ action: "test.appended" }]);
  });

  it("still lets a report without audit events be deleted (the triggers are per row)", async () => {
    await client.query("INSERT INTO reporting_year (year, format, deadline) VALUES (1999, '2019', now())");
    await client.query(
      "INSERT INTO agency (id, name, code, kind, updated_at) VALUES ('mig-test', 'mig-test', 'mig-test', 'DEPARTMENT', now())",
    );
    await client.query(
      "INSERT INTO report (id, agency_id, year, format, updated_at) VALUES ('mig-test', 'mig-test', 1999, '2019', now())",
    );
    const deleted = await client.query("DELETE FROM report WHERE id = 'mig-test'");
    expect(deleted.rowCount).toBe(1);
  });

  it("lets only one of two concurrent runs apply the migrations", async () => {
    const other = await createDatabase(serverUrl);
    try {
      const runs = await Promise.all([applyMigrations(other.url), applyMigrations(other.url)]);
      expect(runs.flat()).toEqual(firstRun);
    } finally {
      await other.drop();
    }
  });
});

async function createDatabase(server: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `gknb_migrate_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const connection = new pg.Client({ connectionString: server });
    await connection.connect();
    try {
      await connection.query(sql);
    } finally {
      await connection.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
