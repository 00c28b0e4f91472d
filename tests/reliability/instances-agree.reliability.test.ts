import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRedirectingAction, findActionId, post } from "@/bench/lib/server-action";
import { db, disconnectDb } from "@/lib/server/db";
import { saveReport } from "@/lib/server/reports/save-report";
import { transitionReport } from "@/lib/server/workflow/transition-report";
import { ensureBuild, listBuiltTestHooks } from "@/scripts/lib/ensure-build";
import { createTestAgency, createTestReport, TEST_PASSWORD } from "@/tests/factories";
import { createStaffUser } from "@/tests/staff-users";
import { freePort } from "@/scripts/lib/embedded-database";

// Two app instances (scripts/serve.ts, the production server with its front cache) on one
// database: a correction published through instance A must be what instance B serves within a
// second — the report page, the JSON API and the downloads — although B had all three in its
// caches (front cache: 10 s, Next's: 60 s). PostgreSQL carries the news (LISTEN/NOTIFY).
// Needs the production build (made here when the sources changed, as `npm start` does).

const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const servers: ChildProcess[] = [];

async function startInstance(port: number): Promise<string> {
  const child = spawn(`${process.cwd()}/node_modules/.bin/tsx`, ["scripts/serve.ts", String(port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      BETTER_AUTH_URL: `http://localhost:${port}`,
      BETTER_AUTH_SECRET: "instances-test-secret-0123456789abcdef0123",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  servers.push(child);
  const base = `http://localhost:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`instance on ${port} exited with ${child.exitCode}`);
    if (
      await fetch(`${base}/api/health`).then(
        (response) => response.ok,
        () => false,
      )
    )
      return base;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`instance on ${port} did not become ready`);
}

/** Asks until `path` comes from B's front cache, so that B would serve the old answer for seconds without the notification. */
async function cachedOn(base: string, path: string): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const response = await fetch(`${base}${path}`);
    const body = await response.text();
    expect(response.status, path).toBe(200);
    if (response.headers.get("x-gknb-front-cache") === "hit") return body;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${path} never came from the front cache`);
}

beforeAll(async () => {
  await ensureBuild(process.cwd(), (line) => console.log(line));
}, 900_000);

afterAll(async () => {
  await Promise.all(
    servers.map((child) => {
      if (child.exitCode !== null) return undefined;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      return exited;
    }),
  );
  await disconnectDb();
}, 60_000);

describe("two app instances on one database", () => {
  it("run a production build, which has none of the end-to-end tests' routes", async () => {
    expect(listBuiltTestHooks(process.cwd())).toEqual([]);
  });

  it("serve a correction published through the other within a second: report page, JSON API and downloads", async () => {
    const agency = await createTestAgency();
    const report = await createTestReport({ agencyId: agency.id, status: "PUBLISHED", seed: 21 });
    const clerk = await createStaffUser([{ role: "CLERK", agencyId: agency.id }]);
    const supervisor = await createStaffUser([{ role: "SUPERVISOR", agencyId: agency.id }]);
    const [a, b] = await Promise.all([freePort().then(startInstance), freePort().then(startInstance)]);
    expect((await fetch(`${a}/api/test-hooks/expire-public-cache`, { method: "POST" })).status).toBe(404);

    const paths = {
      page: `/reports/2025/${agency.code}`,
      api: `/api/public/reports/2025/${agency.code}`,
      json: `/reports/2025/${agency.code}/download/json`,
      docx: `/reports/2025/${agency.code}/download/docx`,
    };
    const before = {
      page: await cachedOn(b!, paths.page),
      api: await cachedOn(b!, paths.api),
      json: await cachedOn(b!, paths.json),
    };
    const docxBefore = (await fetch(`${b}${paths.docx}`)).headers.get("etag");
    const corrected = `更正后的概述：${agency.code}`;
    for (const body of Object.values(before)) expect(body).not.toContain(corrected);

    // The correction, prepared without any instance; only its publication goes through A.
    let version = report.version;
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "reopen", version: version++ }),
    ).toMatchObject({ ok: true });
    expect(
      await saveReport(clerk, { reportId: report.id, version: version++, texts: { overview: corrected } }),
    ).toMatchObject({ ok: true });
    expect(await transitionReport(clerk, { reportId: report.id, action: "submit", version: version++ })).toMatchObject({
      ok: true,
    });
    expect(
      await transitionReport(supervisor, { reportId: report.id, action: "approve", version: version++ }),
    ).toMatchObject({ ok: true });
    // Nothing announced yet: B still serves the published revision.
    expect(await (await fetch(`${b}${paths.page}`)).text()).not.toContain(corrected);

    const credentials = new FormData();
    credentials.set("email", supervisor.email);
    credentials.set("password", TEST_PASSWORD);
    const signIn = findActionId(distDir, "app/(auth)/login/actions.ts", "signInAction");
    const signedIn = await callRedirectingAction({
      baseUrl: a!,
      path: "/login",
      actionId: signIn,
      args: [null, credentials],
    });
    const cookie = signedIn.cookies
      .map((header) => header.split(";")[0]!)
      .find((pair) => pair.startsWith("gknb.session_token="));
    expect(cookie).toBeDefined();
    const publish = findActionId(distDir, "app/(staff)/staff/review/[reportId]/actions.ts", "publishReportAction");
    // The answer carries the refreshed review page (client references this test cannot decode): the database says what happened.
    const answer = await post({
      baseUrl: a!,
      path: `/staff/review/${report.id}`,
      actionId: publish,
      args: [
        { reportId: report.id, version, when: "now", publishAt: "", correction: true, correctionNote: "更正了概述。" },
      ],
      cookie,
    });
    await answer.arrayBuffer();
    const publishedAt = performance.now();
    expect(answer.status).toBe(200);
    expect(await db.report.findUniqueOrThrow({ where: { id: report.id }, select: { status: true } })).toEqual({
      status: "PUBLISHED",
    });

    const seen: Record<string, number> = {};
    while (Object.keys(seen).length < 4 && performance.now() - publishedAt < 3000) {
      await Promise.all(
        (["page", "api", "json"] as const).map(async (key) => {
          if (seen[key] === undefined && (await (await fetch(`${b}${paths[key]}`)).text()).includes(corrected))
            seen[key] = performance.now() - publishedAt;
        }),
      );
      if (seen.docx === undefined && (await fetch(`${b}${paths.docx}`)).headers.get("etag") !== docxBefore)
        seen.docx = performance.now() - publishedAt;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    console.log(
      `instance B served the correction after (ms): ${JSON.stringify(Object.fromEntries(Object.entries(seen).map(([key, ms]) => [key, Math.round(ms)])))}`,
    );
    for (const key of ["page", "api", "json", "docx"]) expect(seen[key], key).toBeLessThan(1000);
  }, 120_000);
});
