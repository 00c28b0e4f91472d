import { z } from "zod";

// The public site's footer details as the admin types them (app/(staff)/staff/admin/site), checked
// on the server. Empty means "not shown", except 主办单位, which every government site names.

const optional = (max: number, label: string) => z.string().trim().max(max, `${label}不超过 ${max} 个字`).default("");

const optionalMatching = (pattern: RegExp, message: string, max = 60) =>
  z
    .string()
    .trim()
    .max(max, message)
    .default("")
    .refine((text) => text === "" || pattern.test(text), message);

export const siteSettingsSchema = z.object({
  sponsor: z.string().trim().min(2, "请填写主办单位").max(60, "主办单位不超过 60 个字"),
  operator: optional(60, "承办单位"),
  phone: optionalMatching(/^[0-9+（）()\- ]{5,30}$/, "联系电话只能包含数字、空格、连字符和括号，如 024-42800000", 30),
  address: optional(100, "通信地址"),
  email: z
    .string()
    .trim()
    .max(100, "电子邮箱不超过 100 个字符")
    .default("")
    .refine((text) => text === "" || z.email().safeParse(text).success, "电子邮箱格式不正确，如 gkb@example.gov.cn"),
  siteCode: optionalMatching(/^\d{10}$/, "网站标识码为 10 位数字，如 2105000001", 10),
  icpRecord: optionalMatching(/^[\u4e00-\u9fa5]ICP备\d{6,10}号(-\d{1,3})?$/, "ICP 备案号格式如：辽ICP备12345678号"),
  policeRecord: optionalMatching(
    /^[\u4e00-\u9fa5]公网安备 ?\d{14}号$/,
    "公安机关备案号格式如：辽公网安备 21050202000001号",
  ),
});
export type SiteSettingsFields = z.infer<typeof siteSettingsSchema>;

/** The emblem as uploaded: a PNG or JPEG image of at most EMBLEM_MAX_BYTES. */
export const EMBLEM_MAX_BYTES = 200 * 1024;
export const EMBLEM_TYPES = ["image/png", "image/jpeg"] as const;
