import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { formAction, serverAction } from "./server-action";

// A request without a session cookie.
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

const schema = z.object({ name: z.string("请填写名称").min(1, "请填写名称"), size: z.coerce.number("规模无效") });

describe("serverAction", () => {
  it("refuses bad input with the schema's Chinese messages and never runs the function", async () => {
    const run = vi.fn();
    const action = serverAction({ access: "public", path: "/login", schema }, run);
    expect(await action({ name: "", size: Number.NaN })).toEqual({
      ok: false,
      message: "请填写名称",
      problems: ["规模无效"],
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("passes the parsed input on, and a form's fields as its input", async () => {
    const action = formAction({ access: "public", path: "/login", schema }, async (_user, input) => ({
      ok: true,
      message: `${input.name}:${input.size + 1}`,
    }));
    const data = new FormData();
    data.append("name", "机构");
    data.append("size", "41");
    expect(await action(null, data)).toEqual({ ok: true, message: "机构:42" });
  });

  it("turns an unexpected failure into a message in Chinese, and lets Next's redirect through", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const failing = serverAction({ access: "public", path: "/login", schema }, async () => {
      throw new Error("connection reset");
    });
    const answer = await failing({ name: "机构", size: 1 });
    expect(answer).toMatchObject({ ok: false });
    expect((answer as { message: string }).message).toMatch(/服务器出错/);
    expect(errors).toHaveBeenCalled();
    errors.mockRestore();

    const redirecting = serverAction({ access: "public", path: "/login", schema }, async () => redirect("/staff"));
    await expect(redirecting({ name: "机构", size: 1 })).rejects.toMatchObject({
      digest: expect.stringContaining("NEXT_REDIRECT"),
    });
  });

  it("sends a signed-out caller of a staff action to the sign-in page, or answers with the given refusal", async () => {
    const run = vi.fn();
    const redirecting = serverAction({ access: "staff", path: "/staff/x", schema }, run);
    await expect(redirecting({ name: "机构", size: 1 })).rejects.toMatchObject({
      digest: expect.stringContaining("/login?next=%2Fstaff%2Fx"),
    });
    const signedOut = { ok: false, code: "signed_out", message: "登录已过期" } as const;
    const answering = serverAction({ access: "staff", path: "/staff/x", schema, signedOut }, run);
    expect(await answering({ name: "机构", size: 1 })).toBe(signedOut);
    expect(run).not.toHaveBeenCalled();
  });
});
