import { z } from "zod";
import { parseBeijingDateTime } from "@/lib/beijing-time";
import { containsNul, NUL_MESSAGE } from "@/lib/report-format/text-rules";

// The reviewer's forms: one schema per form for the browser (react-hook-form) and the same fields
// plus the report's id and version for the server action.

const MAX_TEXT = 2000;

const withoutNul = (text: string) => !containsNul(text);
const BAD_REQUEST = "提交的内容有误，请刷新页面后重试";
const id = z.string({ error: BAD_REQUEST }).min(1, BAD_REQUEST).max(100, BAD_REQUEST);
const reportRef = { reportId: id, version: z.number({ error: BAD_REQUEST }).int(BAD_REQUEST).nonnegative(BAD_REQUEST) };

export const returnFieldsSchema = z.object({
  reason: z
    .string({ error: "请填写退回理由" })
    .trim()
    .min(1, "请填写退回理由")
    .max(MAX_TEXT, `退回理由不能超过 ${MAX_TEXT} 个字`)
    .refine(withoutNul, NUL_MESSAGE),
});
export const returnReportSchema = returnFieldsSchema.extend(reportRef);
export type ReturnFields = z.infer<typeof returnFieldsSchema>;

export const reportRefSchema = z.object(reportRef);

/**
 * `publishAt` is what a datetime-local input gives ("2026-02-01T09:30"), meant as Beijing time
 * whatever the browser's own time zone; `correction` says whether a 更正说明 is required.
 */
export const publishFieldsSchema = z
  .object({
    when: z.enum(["now", "scheduled"], { error: "请选择立即发布或定时发布" }),
    publishAt: z.string({ error: BAD_REQUEST }).max(20, "请选择有效的发布时间"),
    correction: z.boolean({ error: BAD_REQUEST }),
    correctionNote: z
      .string({ error: BAD_REQUEST })
      .trim()
      .max(MAX_TEXT, `更正说明不能超过 ${MAX_TEXT} 个字`)
      .refine(withoutNul, NUL_MESSAGE),
  })
  .superRefine((value, context) => {
    if (value.when === "scheduled" && !parseBeijingDateTime(value.publishAt)) {
      context.addIssue({ code: "custom", path: ["publishAt"], message: "请选择有效的发布时间" });
    }
    if (value.correction && !value.correctionNote) {
      context.addIssue({ code: "custom", path: ["correctionNote"], message: "发布更正时必须填写更正说明" });
    }
  });
export const publishReportSchema = publishFieldsSchema.and(z.object(reportRef));
export type PublishFields = z.infer<typeof publishFieldsSchema>;

export const commentFieldsSchema = z.object({
  target: z
    .string({ error: "请选择意见针对的栏目或单元格" })
    .min(1, "请选择意见针对的栏目或单元格")
    .max(100, "意见所指的栏目或单元格不存在"),
  body: z
    .string({ error: "请填写意见内容" })
    .trim()
    .min(1, "请填写意见内容")
    .max(MAX_TEXT, `意见内容不能超过 ${MAX_TEXT} 个字`)
    .refine(withoutNul, NUL_MESSAGE),
});
export const addCommentSchema = commentFieldsSchema.extend({ reportId: id });
export type CommentFields = z.infer<typeof commentFieldsSchema>;

export const resolveCommentSchema = z.object({ reportId: id, commentId: id });
