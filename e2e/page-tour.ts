// Every page a user can open, by role: the staff pages (one row per page.tsx under app/(staff),
// checked by the 390 px spec so that a new page without a row fails), the public pages and the
// login page. Shared by e2e/pages-at-phone-width.spec.ts and scripts/tour.ts (npm run tour).
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "better-auth/crypto";
import { getFormat } from "../lib/report-format";
import { queryE2eDatabase } from "./database";
import { DEMO_LOGINS, DEMO_PASSWORD } from "./fixtures";
import { DEMO_AGENCY_CODE, DEMO_GOVERNMENT_CODE } from "./staff-actors";

export const TOUR_ROLES = ["clerk", "supervisor", "admin", "auditor"] as const;
export type TourRole = (typeof TOUR_ROLES)[number];

export type PageTargets = {
  /** The demo agency's published 2020 report: every role of 本溪市 may open it in some way. */
  reportId: string;
  firstStep: string;
  /** The step of the applications table, the widest table a clerk fills. */
  tableStep: string;
  governmentId: string;
};

export type TourPage = { name: string; url: (targets: PageTargets) => string; roles: readonly TourRole[] };

const EVERYONE = TOUR_ROLES;
const READERS = ["clerk", "supervisor", "admin"] as const;

/** Staff pages by their file, with the roles that open them (a 404 for the others is the authorization spec's business). */
export const STAFF_PAGES: Record<string, TourPage> = {
  "app/(staff)/staff/page.tsx": { name: "home", url: () => "/staff", roles: EVERYONE },
  "app/(staff)/staff/notifications/page.tsx": {
    name: "notifications",
    url: () => "/staff/notifications",
    roles: EVERYONE,
  },
  "app/(staff)/staff/account/sessions/page.tsx": {
    name: "sessions",
    url: () => "/staff/account/sessions",
    roles: EVERYONE,
  },
  "app/(staff)/staff/account/password/page.tsx": {
    name: "password",
    url: () => "/staff/account/password",
    roles: EVERYONE,
  },
  "app/(staff)/staff/security/page.tsx": {
    name: "security",
    url: () => "/staff/security",
    roles: ["admin", "auditor"],
  },
  "app/(staff)/staff/review/page.tsx": {
    name: "review-queue",
    url: () => "/staff/review",
    roles: ["supervisor", "admin"],
  },
  "app/(staff)/staff/agencies/[code]/page.tsx": {
    name: "agency",
    url: () => `/staff/agencies/${DEMO_AGENCY_CODE}`,
    roles: READERS,
  },
  "app/(staff)/staff/history/[reportId]/page.tsx": {
    name: "history",
    url: ({ reportId }) => `/staff/history/${reportId}`,
    roles: READERS,
  },
  // Redirects to the first step (prose); the step below is the applications table.
  "app/(staff)/staff/reports/[reportId]/page.tsx": {
    name: "wizard-start",
    url: ({ reportId }) => `/staff/reports/${reportId}`,
    roles: ["clerk"],
  },
  "app/(staff)/staff/reports/[reportId]/[step]/page.tsx": {
    name: "wizard",
    url: ({ reportId, tableStep }) => `/staff/reports/${reportId}/${tableStep}`,
    roles: ["clerk"],
  },
  "app/(staff)/staff/review/[reportId]/page.tsx": {
    name: "review",
    url: ({ reportId }) => `/staff/review/${reportId}`,
    roles: ["supervisor", "admin"],
  },
  "app/(staff)/staff/admin/page.tsx": { name: "admin", url: () => "/staff/admin", roles: ["admin"] },
  "app/(staff)/staff/admin/agencies/page.tsx": {
    name: "admin-agencies",
    url: () => "/staff/admin/agencies",
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/agencies/import/page.tsx": {
    name: "admin-agencies-import",
    url: () => "/staff/admin/agencies/import",
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/people/page.tsx": {
    name: "admin-people",
    url: () => "/staff/admin/people",
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/years/page.tsx": { name: "admin-years", url: () => "/staff/admin/years", roles: ["admin"] },
  "app/(staff)/staff/admin/site/page.tsx": { name: "admin-site", url: () => "/staff/admin/site", roles: ["admin"] },
  "app/(staff)/staff/admin/import/page.tsx": {
    name: "admin-import",
    url: () => "/staff/admin/import",
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/import-texts/page.tsx": {
    name: "admin-import-texts",
    url: () => "/staff/admin/import-texts",
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/board/page.tsx": {
    name: "admin-board",
    url: ({ governmentId }) => `/staff/admin/board?year=2025&government=${governmentId}`,
    roles: ["admin"],
  },
  "app/(staff)/staff/admin/summary/page.tsx": {
    name: "admin-summary",
    url: ({ governmentId }) => `/staff/admin/summary?year=2025&government=${governmentId}`,
    roles: ["admin"],
  },
};

/** Pages without a login: the public site and the login page itself. */
export const PUBLIC_PAGES: readonly Omit<TourPage, "roles">[] = [
  { name: "home", url: () => "/" },
  { name: "report", url: () => `/reports/2020/${DEMO_AGENCY_CODE}` },
  { name: "agency", url: () => `/agencies/${DEMO_AGENCY_CODE}` },
  { name: "year", url: () => "/years/2020" },
  { name: "open-data", url: () => "/open-data" },
  { name: "login", url: () => "/login" },
];

/** Every page.tsx under app/(staff). */
export function listStaffPageFiles(): string[] {
  return (readdirSync("app/(staff)", { recursive: true }) as string[])
    .filter((file) => /(^|\/)page\.tsx$/.test(file))
    .map((file) => join("app/(staff)", file))
    .sort();
}

/** The ids the staff pages' addresses need, read from the e2e database. */
export async function loadPageTargets(): Promise<PageTargets> {
  const [report] = await queryE2eDatabase<{ id: string; format: string }>(
    "SELECT r.id, r.format FROM report r JOIN agency a ON a.id = r.agency_id WHERE a.code = $1 AND r.year = 2020",
    [DEMO_AGENCY_CODE],
  );
  const [government] = await queryE2eDatabase<{ id: string }>("SELECT id FROM agency WHERE code = $1", [
    DEMO_GOVERNMENT_CODE,
  ]);
  const sections = getFormat(report!.format as "2019").sections;
  return {
    reportId: report!.id,
    firstStep: sections[0]!.key,
    tableStep: sections.find(
      (section) =>
        section.content.kind === "tables" && section.content.tables.some((table) => table.key === "applications"),
    )!.key,
    governmentId: government!.id,
  };
}

/** The demo logins, and a 审计员 of 本溪市 written into the e2e database (the demo has none). */
export async function tourLogins(): Promise<Record<TourRole, { email: string; password: string }>> {
  const userId = randomUUID();
  const auditor = { email: `auditor-${userId.slice(0, 8)}@demo.gov.cn`, password: `Tour-${userId}` };
  await queryE2eDatabase(
    `INSERT INTO "user" (id, name, email, email_verified, updated_at) VALUES ($1, '孙审计', $2, true, now())`,
    [userId, auditor.email],
  );
  await queryE2eDatabase(
    `INSERT INTO account (id, account_id, provider_id, user_id, password, updated_at) VALUES ($1, $2, 'credential', $2, $3, now())`,
    [randomUUID(), userId, await hashPassword(auditor.password)],
  );
  await queryE2eDatabase(
    `INSERT INTO role_assignment (id, user_id, role, agency_id) VALUES ($1, $2, 'AUDITOR', (SELECT id FROM agency WHERE code = $3))`,
    [randomUUID(), userId, DEMO_GOVERNMENT_CODE],
  );
  return {
    clerk: { email: DEMO_LOGINS.clerk, password: DEMO_PASSWORD },
    supervisor: { email: DEMO_LOGINS.reviewer, password: DEMO_PASSWORD },
    admin: { email: DEMO_LOGINS.admin, password: DEMO_PASSWORD },
    auditor,
  };
}
