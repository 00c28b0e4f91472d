import { z } from "zod";

export const startReportSchema = z.object({
  agencyCode: z.string().trim().min(1, "缺少机构代码").max(64, "机构代码无效"),
  year: z.coerce.number().int("年度无效").min(2019, "年度无效").max(2100, "年度无效"),
});
