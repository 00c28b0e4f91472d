// Who may call which server action: one row per exported action of every "use server" file under
// app/, checked by server-actions-authorization.integration.test.ts, which also fails when an
// action has no row (or a row names no action).
//
// A row says how to make a target the action can change (`prepare`, given a fresh World: see
// action-world.ts), the arguments of a valid call on it (`args`), what to compare before and after
// (`state`), and which actors are `allowed` (the target changes) or only `answered` (a real answer,
// nothing of the target changes: read-only actions, actions scoped to the caller's own data).
// Every other actor is refused: the action's refusal answer (or a redirect / notFound thrown) and
// the target unchanged. To add an action, add a row to the rows file of its area; `defineRow` keeps the target's type.
import { ACCOUNT_ACTION_ROWS } from "./action-rows-account";
import { ADMIN_ACTION_ROWS } from "./action-rows-admin";
import { REPORT_ACTION_ROWS } from "./action-rows-reports";
import { SITE_ACTION_ROWS } from "./action-rows-site";
import type { AnyActionRow } from "./action-matrix-support";

export const SERVER_ACTION_MATRIX: Record<string, AnyActionRow> = {
  ...ACCOUNT_ACTION_ROWS,
  ...ADMIN_ACTION_ROWS,
  ...REPORT_ACTION_ROWS,
  ...SITE_ACTION_ROWS,
};
