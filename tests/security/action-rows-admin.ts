// Rows of the server-action matrix: the 主管部门's pages (agencies, imports, board, people, summary, years).
import { accountKey } from "@/lib/server/auth/login-throttle";
import { db } from "@/lib/server/db";
import { uniqueSuffix } from "@/tests/factories";
import {
  defineRow,
  form,
  ADMINS,
  OPEN_YEAR,
  CLOSED_YEAR,
  TOGGLED_YEAR,
  agencyReport,
  reportTarget,
  otherSessionOf,
  deleteToggledYear,
  summaryReport,
  historicalFile,
  type AnyActionRow,
} from "./action-matrix-support";
import { agencyState, childAgencies, personState, reportsOf, roleHolders, yearState } from "./action-world";

export const ADMIN_ACTION_ROWS: Record<string, AnyActionRow> = {
  // 主管部门: agencies of the admin's own tree only.
  "app/(staff)/staff/admin/agencies/actions.ts#createAgencyAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      { name: `新设机构${uniqueSuffix()}`, code: "", kind: "DEPARTMENT", level: "", parentId: government.id },
    ],
    state: (government) => childAgencies(government.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#suggestCodeAction": defineRow({
    prepare: async (world) => world.government,
    args: () => [{ name: "本溪市测试局" }],
    state: (government) => childAgencies(government.id),
    allowed: [],
    answered: ADMINS,
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#renameAgencyAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id, name: `改名机构${uniqueSuffix()}` })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#setAgencyDatesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id, establishedOn: "1990-01-01", abolishedOn: "" })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#moveAgencyAction": defineRow({
    prepare: async (world) => {
      const county = await db.agency.create({
        data: {
          name: `授权测试县${uniqueSuffix()}`,
          code: `sec-c-${uniqueSuffix()}`,
          kind: "GOVERNMENT",
          level: "COUNTY",
          parentId: world.government.id,
        },
      });
      return { agency: world.agency, county };
    },
    args: ({ agency, county }) => [null, form({ agencyId: agency.id, parentId: county.id })],
    state: ({ agency }) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#deactivateAgencyAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ agencyId: agency.id })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/actions.ts#reactivateAgencyAction": defineRow({
    prepare: async (world) => db.agency.update({ where: { id: world.agency.id }, data: { active: false } }),
    args: (agency) => [null, form({ agencyId: agency.id })],
    state: (agency) => agencyState(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/agencies/import/actions.ts#previewAgenciesAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      form({
        file: new File(
          [`名称,代码,类型,级别,上级\n导入机构${uniqueSuffix()},,部门,,${government.name}\n`],
          "agencies.csv",
        ),
      }),
    ],
    state: (government) => childAgencies(government.id),
    allowed: [],
    answered: ADMINS,
  }),
  "app/(staff)/staff/admin/agencies/import/actions.ts#importAgenciesAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [
      form({
        file: new File(
          [`名称,代码,类型,级别,上级\n导入机构${uniqueSuffix()},,部门,,${government.name}\n`],
          "agencies.csv",
        ),
      }),
    ],
    state: (government) => childAgencies(government.id),
    allowed: ["admin"],
  }),

  // Recounting stale checks only touches the admin's own tree: the other admin's call answers and changes nothing here.
  "app/(staff)/staff/admin/board/actions.ts#refreshChecksAction": defineRow({
    prepare: agencyReport("SUBMITTED"),
    args: () => [null, form({ year: String(OPEN_YEAR) })],
    state: (report) => reportsOf(report.agencyId),
    allowed: ["admin"],
    answered: ["otherAdmin"],
  }),

  "app/(staff)/staff/admin/import/actions.ts#previewReportFilesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [form({ files: historicalFile(agency.name) })],
    state: (agency) => reportsOf(agency.id),
    allowed: [],
    answered: ADMINS,
  }),
  // The other admin's import answers per file ("not in your tree"): an answer, and nothing imported.
  "app/(staff)/staff/admin/import/actions.ts#importReportFilesAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [form({ files: historicalFile(agency.name), chosen: "history.json" })],
    state: (agency) => reportsOf(agency.id),
    allowed: ["admin"],
    answered: ["otherAdmin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#createPersonAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [
      {
        name: "新同事",
        email: `new-${uniqueSuffix()}@test.gov.cn`,
        password: "initial-pass-2026",
        role: "CLERK",
        agencyIds: [agency.id],
      },
    ],
    state: (agency) => roleHolders(agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#resetPasswordAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member) => [null, form({ userId: member.id, password: "reset-pass-2026" })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#deactivatePersonAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#reactivatePersonAction": defineRow({
    prepare: async (world) => {
      await db.user.update({ where: { id: world.users.member.id }, data: { active: false } });
      return world.users.member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#grantRoleAction": defineRow({
    prepare: async (world) => world.users.member,
    args: (member, world) => [null, form({ userId: member.id, role: "SUPERVISOR", agencyId: world.agency.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/people/actions.ts#revokeRoleAction": defineRow({
    prepare: async (world) => {
      // A user keeps at least one role: give the member a second one to take away.
      await db.roleAssignment.create({
        data: { userId: world.users.member.id, role: "SUPERVISOR", agencyId: world.agency.id },
      });
      return world.users.member;
    },
    args: (member, world) => [null, form({ userId: member.id, role: "SUPERVISOR", agencyId: world.agency.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#unlockPersonAction": defineRow({
    prepare: async (world) => {
      const member = world.users.member;
      await db.loginThrottle.create({
        data: {
          key: accountKey(member.email),
          failures: 5,
          lockedUntil: new Date(Date.now() + 600_000),
          expiresAt: new Date(Date.now() + 600_000),
        },
      });
      return member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) =>
      db.loginThrottle.findUnique({ where: { key: accountKey(member.email) }, select: { lockedUntil: true } }),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/people/actions.ts#forceSignOutAction": defineRow({
    prepare: async (world) => {
      await otherSessionOf(world.users.member.id);
      return world.users.member;
    },
    args: (member) => [null, form({ userId: member.id })],
    state: (member) => personState(member.id),
    allowed: ["admin"],
  }),

  "app/(staff)/staff/admin/summary/actions.ts#computeSummaryAction": defineRow({
    prepare: async (world) => world.government,
    args: (government) => [null, form({ governmentId: government.id, year: String(OPEN_YEAR) })],
    state: (government) => reportsOf(government.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/summary/actions.ts#saveSummaryTextsAction": defineRow({
    prepare: summaryReport,
    args: (report) => [
      null,
      form({
        reportId: report.id,
        version: String(report.version),
        overview: "改写的总体情况。",
        problems: "问题。",
        other: "其他。",
      }),
    ],
    state: reportTarget,
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/summary/actions.ts#submitSummaryAction": defineRow({
    prepare: summaryReport,
    args: (report) => [null, form({ reportId: report.id, version: String(report.version) })],
    state: reportTarget,
    allowed: ["admin"],
  }),

  // Reporting years are one calendar for the whole system: any 主管部门 admin opens and closes them (by design).
  "app/(staff)/staff/admin/years/actions.ts#openYearAction": defineRow({
    prepare: async (world) => {
      await deleteToggledYear();
      return world.agency;
    },
    args: () => [null, form({ year: String(TOGGLED_YEAR) })],
    state: (agency) => yearState(TOGGLED_YEAR, agency.id),
    allowed: ADMINS,
    cleanup: deleteToggledYear,
  }),
  "app/(staff)/staff/admin/years/actions.ts#closeYearAction": defineRow({
    prepare: async (world) => {
      await deleteToggledYear();
      await db.reportingYear.create({
        data: { year: TOGGLED_YEAR, format: "2019", deadline: new Date("2020-01-31T23:59:59+08:00") },
      });
      return world.agency;
    },
    args: () => [null, form({ year: String(TOGGLED_YEAR) })],
    state: (agency) => yearState(TOGGLED_YEAR, agency.id),
    allowed: ADMINS,
    cleanup: deleteToggledYear,
  }),
  // An exception reopens one agency: only for an agency of the admin's tree.
  "app/(staff)/staff/admin/years/actions.ts#grantExceptionAction": defineRow({
    prepare: async (world) => world.agency,
    args: (agency) => [null, form({ year: String(CLOSED_YEAR), agencyId: agency.id, reason: "机构改革，延迟报送" })],
    state: (agency) => yearState(CLOSED_YEAR, agency.id),
    allowed: ["admin"],
  }),
  "app/(staff)/staff/admin/years/actions.ts#withdrawExceptionAction": defineRow({
    prepare: async (world) => {
      await db.reportingException.create({
        data: {
          year: CLOSED_YEAR,
          agencyId: world.agency.id,
          reason: "机构改革，延迟报送",
          createdById: world.users.admin.id,
        },
      });
      return world.agency;
    },
    args: (agency) => [null, form({ year: String(CLOSED_YEAR), agencyId: agency.id })],
    state: (agency) => yearState(CLOSED_YEAR, agency.id),
    allowed: ["admin"],
  }),
};
