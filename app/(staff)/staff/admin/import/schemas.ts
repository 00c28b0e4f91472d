import { z } from "zod";

/** One request's files stay under Next's 1 MB limit for server actions; the browser sends batches. */
export const MAX_BATCH_BYTES = 800 * 1024;

export const reportFilesSchema = z.object({
  files: z
    .array(z.instanceof(File, { error: "请选择文件" }), "请选择文件")
    .min(1, "请选择文件")
    .max(50, "一次最多 50 个文件")
    .refine((files) => files.every((file) => /\.json$/i.test(file.name)), "只支持 .json 数据文件")
    .refine((files) => files.reduce((sum, file) => sum + file.size, 0) <= MAX_BATCH_BYTES, "文件过大"),
  chosen: z.array(z.string("文件名无效").max(300, "文件名过长"), "文件名无效").max(50, "一次最多 50 个文件").default([]),
});
