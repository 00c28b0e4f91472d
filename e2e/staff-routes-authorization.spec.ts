// Every staff page and route handler × every role, over HTTP with real sessions: allowed is a
// 200, refused is what the app answers by design (404 for a page the role may not see, 403 from
// the board export, the login page for a signed-out visitor). Every page.tsx and route.ts under
// app/(staff) needs a row here; a new one without a row fails.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { getFormat } from "../lib/report-format";
import { queryE2eDatabase } from "./database";
import { expect, test } from "./fixtures";
import {
  DEMO_AGENCY_CODE,
  DEMO_GOVERNMENT_CODE,
  STAFF_ACTORS,
  signInActors,
  type ActorRequests,
  type SignedInActor,
} from "./staff-actors";

type Answer = 200 | 403 | 404 | { redirect: RegExp };
type Targets = { reportId: string; firstStep: string; governmentId: string };
type RouteRow = { url: (targets: Targets) => string; answers: Record<SignedInActor, Answer> };

const EVERYONE: Record<SignedInActor, Answer> = {
  clerk: 200,
  otherClerk: 200,
  supervisor: 200,
  otherSupervisor: 200,
  admin: 200,
  otherAdmin: 200,
};
/** Pages of agency A: its clerk, its supervisor and the admin of its government; everyone else a 404 (a draft looks like nothing). */
const READERS_OF_A: Record<SignedInActor, Answer> = {
  clerk: 200,
  otherClerk: 404,
  supervisor: 200,
  otherSupervisor: 404,
  admin: 200,
  otherAdmin: 404,
};
const EDITOR_OF_A: Record<SignedInActor, Answer> = {
  clerk: 200,
  otherClerk: 404,
  supervisor: 404,
  otherSupervisor: 404,
  admin: 404,
  otherAdmin: 404,
};
const REVIEWERS_OF_A: Record<SignedInActor, Answer> = {
  clerk: 404,
  otherClerk: 404,
  supervisor: 200,
  otherSupervisor: 404,
  admin: 200,
  otherAdmin: 404,
};
/** 主管部门 pages listing the admin's own tree: any admin; anyone else the same 404 as a wrong URL. */
const ANY_ADMIN: Record<SignedInActor, Answer> = {
  clerk: 404,
  otherClerk: 404,
  supervisor: 404,
  otherSupervisor: 404,
  admin: 200,
  otherAdmin: 200,
};
/** 主管部门 pages of 本溪市 itself (its id in the URL): its admin only. */
const ADMIN_OF_A: Record<SignedInActor, Answer> = { ...ANY_ADMIN, otherAdmin: 404 };

const ROUTES: Record<string, RouteRow> = {
  "app/(staff)/staff/page.tsx": { url: () => "/staff", answers: EVERYONE },
  "app/(staff)/staff/account/password/page.tsx": { url: () => "/staff/account/password", answers: EVERYONE },
  "app/(staff)/staff/notifications/page.tsx": { url: () => "/staff/notifications", answers: EVERYONE },
  // One's own sessions: everyone has some.
  "app/(staff)/staff/account/sessions/page.tsx": { url: () => "/staff/account/sessions", answers: EVERYONE },
  // 安全审计: admins (and 审计员) read their own tree's log; the export answers for itself.
  "app/(staff)/staff/security/page.tsx": { url: () => "/staff/security", answers: ANY_ADMIN },
  "app/(staff)/staff/security/export/route.ts": {
    url: () => "/staff/security/export",
    answers: { clerk: 403, otherClerk: 403, supervisor: 403, otherSupervisor: 403, admin: 200, otherAdmin: 200 },
  },
  // The queue lists only what the user may review (empty for a clerk).
  "app/(staff)/staff/review/page.tsx": { url: () => "/staff/review", answers: EVERYONE },
  "app/(staff)/staff/agencies/[code]/page.tsx": {
    url: () => `/staff/agencies/${DEMO_AGENCY_CODE}`,
    answers: READERS_OF_A,
  },
  "app/(staff)/staff/history/[reportId]/page.tsx": {
    url: ({ reportId }) => `/staff/history/${reportId}`,
    answers: READERS_OF_A,
  },
  "app/(staff)/staff/reports/[reportId]/page.tsx": {
    url: ({ reportId }) => `/staff/reports/${reportId}`,
    answers: { ...EDITOR_OF_A, clerk: { redirect: /^\/staff\/reports\/[^/]+\/[a-z_0-9]+$/ } },
  },
  "app/(staff)/staff/reports/[reportId]/[step]/page.tsx": {
    url: ({ reportId, firstStep }) => `/staff/reports/${reportId}/${firstStep}`,
    answers: EDITOR_OF_A,
  },
  "app/(staff)/staff/review/[reportId]/page.tsx": {
    url: ({ reportId }) => `/staff/review/${reportId}`,
    answers: REVIEWERS_OF_A,
  },
  "app/(staff)/staff/admin/page.tsx": { url: () => "/staff/admin", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/agencies/page.tsx": { url: () => "/staff/admin/agencies", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/agencies/import/page.tsx": { url: () => "/staff/admin/agencies/import", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/people/page.tsx": { url: () => "/staff/admin/people", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/years/page.tsx": { url: () => "/staff/admin/years", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/import/page.tsx": { url: () => "/staff/admin/import", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/import-texts/page.tsx": { url: () => "/staff/admin/import-texts", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/site/page.tsx": { url: () => "/staff/admin/site", answers: ANY_ADMIN },
  "app/(staff)/staff/admin/board/page.tsx": {
    url: ({ governmentId }) => `/staff/admin/board?year=2025&government=${governmentId}`,
    answers: ADMIN_OF_A,
  },
  "app/(staff)/staff/admin/summary/page.tsx": {
    url: ({ governmentId }) => `/staff/admin/summary?year=2025&government=${governmentId}`,
    answers: ADMIN_OF_A,
  },
  // A route handler answers for itself: 403 for a signed-in non-admin, 404 for another government.
  "app/(staff)/staff/admin/board/export/route.ts": {
    url: ({ governmentId }) => `/staff/admin/board/export?year=2025&government=${governmentId}`,
    answers: { clerk: 403, otherClerk: 403, supervisor: 403, otherSupervisor: 403, admin: 200, otherAdmin: 404 },
  },
};

function listStaffRouteFiles(): string[] {
  return (readdirSync("app/(staff)", { recursive: true }) as string[])
    .filter((file) => /(^|\/)(page\.tsx|route\.ts)$/.test(file))
    .map((file) => join("app/(staff)", file))
    .sort();
}

test("every page and route handler under app/(staff) has a row", () => {
  const files = listStaffRouteFiles();
  expect(files.length).toBeGreaterThan(15);
  expect({
    missing: files.filter((file) => !(file in ROUTES)),
    extra: Object.keys(ROUTES).filter((file) => !files.includes(file)),
  }).toEqual({ missing: [], extra: [] });
});

test.describe("staff routes × roles", () => {
  let actors: ActorRequests;
  let targets: Targets;

  test.beforeAll(async ({ browser, playwright, baseURL }) => {
    test.setTimeout(120_000);
    actors = await signInActors(browser, playwright, baseURL!);
    const [report] = await queryE2eDatabase<{ id: string; format: string }>(
      "SELECT r.id, r.format FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = 2020",
      [DEMO_AGENCY_CODE],
    );
    const [government] = await queryE2eDatabase<{ id: string }>("SELECT id FROM agency WHERE code = $1", [
      DEMO_GOVERNMENT_CODE,
    ]);
    targets = {
      reportId: report!.id,
      firstStep: getFormat(report!.format as "2019").sections[0]!.key,
      governmentId: government!.id,
    };
  });
  test.afterAll(async () => actors?.dispose());

  for (const [file, row] of Object.entries(ROUTES)) {
    test(file, async () => {
      const url = row.url(targets);
      const got: string[] = [];
      const wanted: string[] = [];
      for (const actor of STAFF_ACTORS) {
        const response = await actors[actor].get(url, { maxRedirects: 0 });
        const location = response.headers()["location"] ?? "";
        // Signed out, every staff URL sends the visitor to the login page with the way back.
        const answer: Answer = actor === "none" ? { redirect: /^\/login\?next=%2Fstaff/ } : row.answers[actor];
        const matches =
          typeof answer === "number"
            ? response.status() === answer
            : response.status() === 307 && answer.redirect.test(location);
        got.push(`${actor}: ${response.status()}${location ? ` → ${location}` : ""}`);
        wanted.push(
          matches ? got.at(-1)! : `${actor}: ${typeof answer === "number" ? answer : `307 → ${answer.redirect}`}`,
        );
      }
      expect(got, url).toEqual(wanted);
    });
  }
});
