import { z } from "zod";
import { containsNul, NUL_MESSAGE } from "@/lib/report-format/text-rules";

// What a clerk's reply to a review comment may be, for the wizard's form, the server action and
// the server function alike. No "server-only": the browser checks the same rule before sending.

export const COMMENT_REPLY_MAX_LENGTH = 500;

export const commentReplyBodySchema = z
  .string({ error: "请填写回复内容" })
  .trim()
  .min(1, "回复内容不能为空")
  .refine(
    (body) => Array.from(body).length <= COMMENT_REPLY_MAX_LENGTH,
    `回复内容不能超过 ${COMMENT_REPLY_MAX_LENGTH} 个字`,
  )
  .refine((body) => !containsNul(body), NUL_MESSAGE);
