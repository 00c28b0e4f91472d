import { z } from "zod";
import type { Violation } from "@/lib/report-format";
import { MAX_EXPLANATION_CHARS, MAX_TEXT_CHARS } from "@/lib/report-format/text-rules";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { SaveReportResult } from "@/lib/server/reports/save-report";
import { commentReplyBodySchema } from "@/lib/server/review/comment-reply-schema";
import type { ReplyToReviewCommentResult } from "@/lib/server/review/reply-to-review-comment";

// The wizard's requests and the answers of its server actions, shared by the route's actions and
// the wizard's components (which get the actions from the route). What a value means (is "1.5" a
// count?) is decided by saveReport, which parses every value again; the schemas only keep requests
// to a sane size.

const MAX_ENTRIES = 1000;
const reportIdSchema = z.string({ error: "缺少报告编号" }).min(1, "缺少报告编号").max(64, "报告编号无效");
const limitEntries = (record: Record<string, unknown>) => Object.keys(record).length <= MAX_ENTRIES;

// Every type error has its own Chinese message too: a hand-made request gets no English default.
export const saveReportSchema = z.object(
  {
    reportId: reportIdSchema,
    version: z.number("缺少版本号").int("版本号无效").positive("版本号无效"),
    cells: z
      .record(
        z.string().max(120, "单元格编号无效"),
        z.object(
          {
            value: z.string("单元格的值必须是文字").max(200, "单元格填写的内容过长"),
            unit: z.string("单位无效").max(8, "单位无效").nullable().optional(),
            prefilled: z.boolean("单元格数据无效").optional(),
          },
          "单元格数据无效",
        ),
        "单元格数据无效",
      )
      .refine(limitEntries, "一次保存的单元格过多")
      .optional(),
    texts: z
      .record(
        z.string().max(20, "正文部分无效"),
        z.string("正文必须是文字").max(MAX_TEXT_CHARS, `正文不能超过 ${MAX_TEXT_CHARS.toLocaleString("en-US")} 个字符`),
        "正文数据无效",
      )
      .optional(),
    explanations: z
      .record(
        z.string().max(300, "警告编号无效"),
        z
          .string("说明必须是文字")
          .max(MAX_EXPLANATION_CHARS, `警告说明不能超过 ${MAX_EXPLANATION_CHARS.toLocaleString("en-US")} 个字符`),
        "警告说明数据无效",
      )
      .refine(limitEntries, "一次保存的说明过多")
      .optional(),
  },
  "保存请求无效",
);

export type SaveReportRequest = z.infer<typeof saveReportSchema>;

export const submitReportSchema = z.object(
  {
    reportId: reportIdSchema,
    version: z.number("缺少版本号").int("版本号无效").positive("版本号无效"),
  },
  "提交请求无效",
);

export type SubmitReportRequest = z.infer<typeof submitReportSchema>;

/** The clerk's reply to a review comment: the form's field, then the request with the ids. */
export const replyFieldsSchema = z.object({ body: commentReplyBodySchema });
export type ReplyFields = z.infer<typeof replyFieldsSchema>;

export const replyToCommentSchema = replyFieldsSchema.extend({
  reportId: reportIdSchema,
  commentId: z.string({ error: "缺少意见编号" }).min(1, "缺少意见编号").max(64, "意见编号无效"),
});
export type ReplyToCommentRequest = z.infer<typeof replyToCommentSchema>;

// A signed-out clerk gets an answer, not a redirect: the wizard keeps the unsaved work in the
// browser and says so, instead of navigating away from it.
export const SAVE_SIGNED_OUT = {
  ok: false,
  code: "signed_out",
  message: "登录已过期，修改未保存到服务器（已保存在本机）。请重新登录后回到本页。",
} as const;
export const REPLY_SIGNED_OUT = {
  ok: false,
  code: "signed_out",
  message: "登录已过期，回复没有发出。请重新登录后回到本页再回复。",
} as const;

export type SaveReportActionResult = SaveReportResult | typeof SAVE_SIGNED_OUT;

export type SubmitReportActionResult =
  | { ok: true; status: ReportStatus; version: number }
  | {
      ok: false;
      code: "not_found" | "wrong_state" | "conflict" | "invalid" | "signed_out";
      message: string;
      violations?: Violation[];
    };

export type ReplyToCommentActionResult = ReplyToReviewCommentResult | typeof REPLY_SIGNED_OUT;

/** The server actions the wizard calls, handed down by its route. */
export type WizardActions = {
  save: (request: SaveReportRequest) => Promise<SaveReportActionResult>;
  submit: (request: SubmitReportRequest) => Promise<SubmitReportActionResult>;
  reply: (request: ReplyToCommentRequest) => Promise<ReplyToCommentActionResult>;
};
