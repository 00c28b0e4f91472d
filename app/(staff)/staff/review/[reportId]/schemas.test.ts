import { describe, expect, it } from "vitest";
import { commentReplyBodySchema } from "@/lib/server/review/comment-reply-schema";
import { commentFieldsSchema, publishFieldsSchema, returnFieldsSchema } from "./schemas";

describe("review form schemas", () => {
  it("requires a reason to return, a valid time to schedule and a note to publish a correction, in Chinese", () => {
    expect(returnFieldsSchema.safeParse({ reason: "  " }).error?.issues[0]?.message).toBe("请填写退回理由");
    const scheduled = publishFieldsSchema.safeParse({
      when: "scheduled",
      publishAt: "",
      correction: true,
      correctionNote: "",
    });
    expect(scheduled.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["publishAt", "请选择有效的发布时间"],
      ["correctionNote", "发布更正时必须填写更正说明"],
    ]);
    expect(
      publishFieldsSchema.safeParse({ when: "now", publishAt: "", correction: false, correctionNote: "" }).success,
    ).toBe(true);
    expect(
      commentFieldsSchema.safeParse({ target: "section:overview", body: "字".repeat(2001) }).error?.issues[0]?.message,
    ).toBe("意见内容不能超过 2000 个字");
  });

  it("refuses a NUL character in every reviewer's text, which the database could not store", () => {
    expect(returnFieldsSchema.safeParse({ reason: "退回\u0000" }).error?.issues[0]?.message).toMatch(/NUL/);
    expect(
      commentFieldsSchema.safeParse({ target: "section:overview", body: "意见\u0000" }).error?.issues[0]?.message,
    ).toMatch(/NUL/);
    expect(
      publishFieldsSchema.safeParse({ when: "now", publishAt: "", correction: true, correctionNote: "更正\u0000" })
        .error?.issues[0]?.message,
    ).toMatch(/NUL/);
    expect(commentReplyBodySchema.safeParse("已改\u0000").error?.issues[0]?.message).toMatch(/NUL/);
  });
});
