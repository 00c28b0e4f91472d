import { z } from "zod";

// Server actions take request bodies up to 1 MB (Next's default bodySizeLimit).
export const MAX_UPLOAD_BYTES = 900 * 1024;

export const uploadSchema = z.object({
  file: z
    .instanceof(File, { message: "请选择文件" })
    .refine((file) => file.size > 0, "文件是空的")
    .refine((file) => file.size <= MAX_UPLOAD_BYTES, "文件超过 900 KB，请分成几个文件导入")
    .refine((file) => /\.(csv|xlsx|txt)$/i.test(file.name), "只支持 .csv 和 .xlsx 文件"),
});
