import "server-only";
import type { AgencyKind, Role } from "@/lib/generated/prisma/client";
import { agencySubtreeSql } from "../agencies/list-agency-subtree";
import { sqlPool } from "../db";
import type { StaffUser } from "./current-user";

// Every staff request asks who is asking: this is the one statement that answers, read fresh
// from the database each time (a role taken away or an account deactivated counts from the next
// request). Plain SQL in one round trip: the user, their grants with the agencies' names, and the
// agencies below their ADMIN and AUDITOR grants. Timestamps are stored as UTC without a time
// zone (Prisma's convention), hence `now() AT TIME ZONE 'UTC'`.

const grantedSubtree = (role: Role) =>
  agencySubtreeSql(`SELECT agency_id AS id FROM role_assignment WHERE user_id = u.id AND role = '${role}'`);

const STAFF_USER_COLUMNS = `
  u.id, u.name, u.email, u.must_change_password AS "mustChangePassword",
  COALESCE((
    SELECT json_agg(json_build_object('role', r.role, 'agencyId', a.id, 'agencyName', a.name,
      'agencyCode', a.code, 'agencyKind', a.kind) ORDER BY r.created_at, r.id)
    FROM role_assignment r JOIN agency a ON a.id = r.agency_id WHERE r.user_id = u.id), '[]') AS roles,
  ARRAY(${grantedSubtree("ADMIN")}) AS "administeredAgencyIds",
  ARRAY(${grantedSubtree("AUDITOR")}) AS "auditedAgencyIds"`;

const USER_BY_ID = `SELECT ${STAFF_USER_COLUMNS} FROM "user" u WHERE u.id = $1 AND u.active`;

// The session must still be in the database and unexpired: better-auth's signed cookie cache
// spares requests its own lookup for five minutes, so a session ended elsewhere (signed out,
// ended by the 主管部门, idle too long) is noticed here, on the next request. Extending a session
// in use stays better-auth's (when its cache is read again from the database), so the cookie's
// lifetime is extended with it. `sessionId` and `userId` are placeholders of the statement ("$1").
const userBySession = (sessionId: string, userId: string) => `
  SELECT ${STAFF_USER_COLUMNS}, (extract(epoch FROM s.created_at) * 1000)::float8 AS "signedInAt" FROM session s JOIN "user" u ON u.id = s.user_id
  WHERE s.id = ${sessionId} AND s.user_id = ${userId} AND s.expires_at > now() AT TIME ZONE 'UTC' AND u.active`;

const USER_BY_SESSION = userBySession("$1", "$2");

/**
 * The user of a session as one JSON value (null when the session has ended or the user is
 * inactive), for a statement that reads its own data beside it: the request's first statement
 * then also says who is asking (the autosave's read, save-statements.ts). Read it with
 * sessionUserFromJson.
 */
export function sessionUserJsonSql(sessionId: string, userId: string): string {
  return `(SELECT row_to_json(found) FROM (${userBySession(sessionId, userId)}) found)`;
}

export type SessionUserFound = { user: StaffUser; signedInAt: Date };
export type SessionUserJson = StaffUserRow & { signedInAt: number };

type StaffUserRow = Omit<StaffUser, "roles"> & {
  roles: { role: Role; agencyId: string; agencyName: string; agencyCode: string; agencyKind: AgencyKind }[];
};

/** A user as a request sees them: active, with roles and administered agencies as stored now. */
export async function loadStaffUser(userId: string): Promise<StaffUser | null> {
  const { rows } = await sqlPool().query<StaffUserRow>(USER_BY_ID, [userId]);
  return rows[0] ?? null;
}

/**
 * The user of a session still valid in the database, and when the session began (as stored: the
 * cookie's copy would do, but the database is the authority); null when it has ended or the user
 * is inactive.
 */
export async function loadSessionUser(session: { id: string; userId: string }): Promise<SessionUserFound | null> {
  const { rows } = await sqlPool().query<StaffUserRow & { signedInAt: number }>({
    name: "user-by-session",
    text: USER_BY_SESSION,
    values: [session.id, session.userId],
  });
  return rows[0] ? sessionUserFound(rows[0]) : null;
}

/** The value of sessionUserJsonSql as loadSessionUser gives it. */
export function sessionUserFromJson(json: SessionUserJson | null): SessionUserFound | null {
  return json ? sessionUserFound(json) : null;
}

function sessionUserFound({ signedInAt, ...user }: StaffUserRow & { signedInAt: number }): SessionUserFound {
  return { user, signedInAt: new Date(signedInAt) };
}
