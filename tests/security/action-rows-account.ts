// Rows of the server-action matrix: signing in and out, one's own password and sessions.
import { db } from "@/lib/server/db";
import { TEST_PASSWORD } from "@/tests/factories";
import {
  defineRow,
  form,
  SIGNED_IN,
  sessionsOf,
  actorSession,
  otherSessionOf,
  type AnyActionRow,
} from "./action-matrix-support";
import { personState } from "./action-world";

export const ACCOUNT_ACTION_ROWS: Record<string, AnyActionRow> = {
  // Signing in is public: the credentials decide, whoever sends them.
  "app/(auth)/login/actions.ts#signInAction": defineRow({
    prepare: async (world) => world.users.clerk,
    args: (clerk) => [null, form({ email: clerk.email, password: TEST_PASSWORD, next: "/staff" })],
    state: async (clerk) => (await personState(clerk.id)).sessions,
    allowed: ["none", ...SIGNED_IN],
  }),
  // Signing out ends the caller's own session; without one there is nothing to end.
  "app/(staff)/actions.ts#signOutAction": defineRow({
    prepare: actorSession,
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [null, form({})],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),
  "app/(staff)/staff/account/password/actions.ts#changePasswordAction": defineRow({
    prepare: actorSession,
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [
      { currentPassword: TEST_PASSWORD, newPassword: "another-pass-2026", confirmPassword: "another-pass-2026" },
    ],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),

  // One's own sessions: each signed-in user ends their own other sessions, never someone else's.
  "app/(staff)/staff/account/sessions/actions.ts#revokeSessionAction": defineRow({
    prepare: async (world, actor) => ({
      ...(await actorSession(world, actor)),
      other: await otherSessionOf(world.users.clerk.id),
    }),
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: (target) => [null, form({ sessionId: target.other })],
    state: (target) => db.session.findUnique({ where: { id: target.other }, select: { id: true } }),
    allowed: ["clerk"],
  }),
  "app/(staff)/staff/account/sessions/actions.ts#revokeOtherSessionsAction": defineRow({
    prepare: async (world, actor) => {
      const session = await actorSession(world, actor);
      if (session.userId) await otherSessionOf(session.userId);
      return session;
    },
    headers: (target) => new Headers({ cookie: target.cookie }),
    args: () => [null, form({})],
    state: sessionsOf,
    allowed: SIGNED_IN,
  }),
};
