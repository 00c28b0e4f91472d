import { z } from "zod";

const year = z.coerce.number("请填写年度").int("年度应为整数").min(2019, "2019 年度起").max(2100, "年度无效");
const day = z.union([z.literal(""), z.iso.date("日期格式应为 2026-01-31")]).optional();

export const openYearSchema = z.object({ year, AGENCY: day, COUNTY: day, CITY: day, PROVINCE: day });
export const yearRefSchema = z.object({ year });
export const exceptionSchema = z.object({
  year,
  agencyId: z.string().min(1, "请选择机构").max(64),
  reason: z.string().trim().min(1, "请填写例外开放的理由").max(500, "理由不超过 500 个字"),
});
export const exceptionRefSchema = z.object({ year, agencyId: z.string().min(1).max(64) });
