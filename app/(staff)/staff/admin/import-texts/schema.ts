import { z } from "zod";
import { publicationDayToInstant } from "@/lib/publication-date";

/** One request's files stay under Next's 1 MB limit for server actions; the browser sends batches. */
export const MAX_BATCH_BYTES = 800 * 1024;
export const ACCEPTED_FILES = ".txt,.html,.htm,.docx";
const FILE_NAME = /\.(txt|html?|docx)$/i;
const FILE_MESSAGE = "只支持 .txt、.html、.htm、.docx 文件";

/** { file name → { cell key → typed text } }, sent as JSON. */
const correctionsJson = z
  .string()
  .max(200_000, "更正过多")
  .default("{}")
  .transform((text, context) => {
    try {
      return JSON.parse(text === "" ? "{}" : text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "更正内容无法读取" });
      return z.NEVER;
    }
  })
  .pipe(
    z.record(
      z.string().max(300, "更正所对应的文件名过长"),
      z.record(
        z.string().max(200, "更正所对应的单元格无效"),
        z.string("更正的内容必须是文字").max(100, "更正的内容过长"),
        "更正内容无法读取",
      ),
      { error: "更正内容无法读取" },
    ),
  );

export const parsedFilesSchema = z.object({
  files: z
    .array(z.instanceof(File, { error: "请选择文件" }), "请选择文件")
    .min(1, "请选择文件")
    .max(20, "一次最多 20 个文件")
    .refine((files) => files.every((file) => FILE_NAME.test(file.name)), FILE_MESSAGE)
    .refine((files) => files.reduce((sum, file) => sum + file.size, 0) <= MAX_BATCH_BYTES, "文件过大"),
  corrections: correctionsJson,
});

export const parsedImportSchema = z.object({
  file: z
    .instanceof(File, { error: "请选择文件" })
    .refine((file) => FILE_NAME.test(file.name), FILE_MESSAGE)
    .refine((file) => file.size <= MAX_BATCH_BYTES, "文件过大"),
  corrections: correctionsJson,
  /** The publication date the admin confirmed ("YYYY-MM-DD"); empty: the day of the import. */
  publishedOn: z
    .string("发布日期无效")
    .trim()
    .default("")
    .refine((day) => day === "" || publicationDayToInstant(day) !== null, "发布日期应为有效日期，如 2021-01-20"),
  /** "1": the admin agreed to move the agency's recorded set-up day back to the report's year. */
  moveEstablishment: z
    .enum(["", "1"], "无效的选择")
    .default("")
    .transform((value) => value === "1"),
});
