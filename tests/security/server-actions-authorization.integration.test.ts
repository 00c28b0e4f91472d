// Every server action × every actor (signed out; clerk, supervisor or admin of agency A's tree or
// of another): each exported function of each "use server" file under app/ is called for real,
// as a hand-made request would call it, against the real database. The rows (who is allowed, how
// to build a valid call) are in server-action-matrix.ts; a new action without a row fails here.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db, disconnectDb } from "@/lib/server/db";
import { ensureReportingYears } from "@/lib/server/reports/report-test-support";
import { ACTORS, actorId, createWorld } from "./action-world";
import { SERVER_ACTION_MATRIX } from "./server-action-matrix";
import { asCaller } from "./signed-in-caller";
import { holdingTestLock } from "@/tests/test-lock";
import type { AnyActionRow } from "./action-matrix-support";

vi.mock("@/lib/server/auth/current-user", () => import("./signed-in-caller"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));
vi.mock("next/headers", async () => ({ headers: (await import("./request-headers")).readRequestHeaders }));

type Action = (...args: unknown[]) => Promise<unknown>;

/** Files under app/ whose first statement is "use server" (comments before it allowed). */
function listServerActionFiles(): string[] {
  return (readdirSync("app", { recursive: true }) as string[])
    .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
    .map((file) => join("app", file))
    .filter((file) => /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*["']use server["']/.test(readFileSync(file, "utf8")))
    .sort();
}

const actions = new Map<string, Action>();
for (const file of listServerActionFiles()) {
  const exported = (await import(resolve(file))) as Record<string, unknown>;
  for (const [name, value] of Object.entries(exported)) {
    if (typeof value === "function" && value.constructor.name === "AsyncFunction")
      actions.set(`${file}#${name}`, value as Action);
  }
}

type Outcome = { thrown: "redirect"; location: string } | { thrown: "notFound" } | { thrown: null; value: unknown };

/** Calls the action; redirect() and notFound() come back as outcomes, anything else thrown is a crash. */
async function call(action: Action, args: unknown[]): Promise<Outcome> {
  try {
    return { thrown: null, value: await action(...args) };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { thrown: "redirect", location: digest.split(";")[2]! };
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { thrown: "notFound" };
    throw error;
  }
}

/**
 * The refusals the actions give: a 404 or a redirect thrown (to the login page; a plain form action
 * such as opening a notification goes back to its list), `{ ok: false }`, null, or a form state `{ message }`.
 */
function isRefusal(outcome: Outcome): boolean {
  if (outcome.thrown !== null) return true;
  const { value } = outcome;
  if (value === null) return true;
  if (typeof value !== "object") return false;
  return "ok" in value ? value.ok === false : "message" in value;
}

function describeOutcome(outcome: Outcome): string {
  if (outcome.thrown === "redirect") return `redirect ${outcome.location}`;
  if (outcome.thrown === "notFound") return "notFound";
  return JSON.stringify(outcome.value)?.slice(0, 160) ?? "undefined";
}

const CHINESE = /[\u4e00-\u9fff]/;

beforeAll(() => ensureReportingYears());
afterAll(() => disconnectDb());

describe("server actions × roles", () => {
  it('has exactly one matrix row for every exported action of every "use server" file', () => {
    const missing = [...actions.keys()].filter((key) => !(key in SERVER_ACTION_MATRIX));
    const extra = Object.keys(SERVER_ACTION_MATRIX).filter((key) => !actions.has(key));
    expect(actions.size).toBeGreaterThan(30);
    expect({
      "actions without a row in tests/security/server-action-matrix.ts": missing,
      "rows naming no action": extra,
    }).toEqual({
      "actions without a row in tests/security/server-action-matrix.ts": [],
      "rows naming no action": [],
    });
  });

  for (const [key, row] of Object.entries(SERVER_ACTION_MATRIX)) {
    const action = actions.get(key);
    if (!action) continue;
    // Generous: a row makes seven worlds and calls, and the machine may be shared.
    it(`${key}: allowed ${row.allowed.join(", ") || "nobody"}${row.answered?.length ? `; answers ${row.answered.join(", ")}` : ""}`, async () => {
      const mismatches: string[] = [];
      for (const actor of ACTORS) {
        const expected = row.allowed.includes(actor)
          ? "allowed"
          : row.answered?.includes(actor)
            ? "answered"
            : "refused";
        const world = await createWorld();
        const { outcome, changed } = await exclusively(row, async () => {
          const target = await row.prepare(world, actor);
          const before = await row.state(target, world);
          const events = () =>
            actor === "none" ? Promise.resolve(0) : db.auditEvent.count({ where: { actorId: actorId(world, actor)! } });
          const eventsBefore = await events();
          const outcome = await asCaller(
            actorId(world, actor),
            () => call(action, row.args(target, world)),
            row.headers?.(target),
          );
          const after = await row.state(target, world);
          const changed = JSON.stringify(after) !== JSON.stringify(before) || (await events()) !== eventsBefore;
          await row.cleanup?.(target, world);
          return { outcome, changed };
        });

        const refused = isRefusal(outcome);
        const message =
          outcome.thrown === null && typeof outcome.value === "object" && outcome.value && "message" in outcome.value
            ? String(outcome.value.message)
            : null;
        const problems = [
          expected === "allowed" && !changed && "nothing changed",
          // A redirect is how some actions answer success (sign-out goes to /login): the change decides.
          expected === "allowed" && refused && outcome.thrown !== "redirect" && "refused",
          expected !== "allowed" && changed && "the database changed",
          expected === "refused" && !refused && "not refused",
          expected === "answered" && refused && "refused instead of answering",
          message !== null && !CHINESE.test(message) && `message not in Chinese: ${message}`,
        ].filter(Boolean);
        if (problems.length)
          mismatches.push(`${actor} (expected ${expected}): ${problems.join(", ")} — got ${describeOutcome(outcome)}`);
      }
      expect(mismatches, key).toEqual([]);
    }, 120_000);
  }
});

/** A row's call under its lock when it changes a global row other test files change too. */
function exclusively<T>(row: AnyActionRow, work: () => Promise<T>): Promise<T> {
  return row.exclusive ? holdingTestLock(row.exclusive, work) : work();
}

// What a user whose password the 主管部门 set may still do before choosing their own: sign in,
// change it, sign out. Every other action refuses them and changes nothing, whatever the page does.
const ALLOWED_WITH_PASSWORD_CHANGE_PENDING = new Set([
  "app/(auth)/login/actions.ts#signInAction",
  "app/(staff)/actions.ts#signOutAction",
  "app/(staff)/staff/account/password/actions.ts#changePasswordAction",
]);

describe("server actions × a user who must change their password first", () => {
  for (const [key, row] of Object.entries(SERVER_ACTION_MATRIX)) {
    const action = actions.get(key);
    const actor = row.allowed.find((candidate) => candidate !== "none");
    if (!action || !actor || ALLOWED_WITH_PASSWORD_CHANGE_PENDING.has(key)) continue;
    it(`${key}: refused to the ${actor} until the password is changed`, async () => {
      const world = await createWorld();
      const userId = actorId(world, actor)!;
      const { outcome, before, after, eventsBefore } = await exclusively(row, async () => {
        const target = await row.prepare(world, actor);
        await db.user.update({ where: { id: userId }, data: { mustChangePassword: true } });
        const before = await row.state(target, world);
        const eventsBefore = await db.auditEvent.count({ where: { actorId: userId } });
        const outcome = await asCaller(userId, () => call(action, row.args(target, world)), row.headers?.(target));
        const after = await row.state(target, world);
        await row.cleanup?.(target, world);
        return { outcome, before, after, eventsBefore };
      });
      expect(isRefusal(outcome), describeOutcome(outcome)).toBe(true);
      expect(JSON.stringify(after)).toBe(JSON.stringify(before));
      expect(await db.auditEvent.count({ where: { actorId: userId } })).toBe(eventsBefore);
    }, 60_000);
  }
});
