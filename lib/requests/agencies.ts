import { z } from "zod";

// One schema per admin form, shared by the browser (react-hook-form) and the server action.

const id = z.string().min(1, "请选择机构").max(64);
export const agencyNameSchema = z.string().trim().min(2, "名称至少 2 个字").max(100, "名称不超过 100 个字");

export const createAgencySchema = z
  .object({
    name: agencyNameSchema,
    code: z
      .string()
      .trim()
      .toLowerCase()
      .max(40, "代码不超过 40 个字符")
      .regex(/^([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)?$/, "代码只能由小写字母、数字和连字符组成，不以连字符开头或结尾"),
    kind: z.enum(["DEPARTMENT", "TOWNSHIP", "GOVERNMENT"], "请选择类型"),
    level: z.enum(["", "PROVINCE", "CITY", "COUNTY"]),
    parentId: id,
  })
  .refine((value) => value.kind !== "GOVERNMENT" || value.level !== "", {
    message: "人民政府必须选择级别",
    path: ["level"],
  });
export type CreateAgencyFields = z.infer<typeof createAgencySchema>;

/** A report year typed in a form: "" (none) or a year the formats cover. */
const optionalYear = z
  .string()
  .trim()
  .default("")
  .refine((text) => text === "" || /^\d{4}$/.test(text), "年度应为四位数字，如 2019")
  .transform((text) => (text === "" ? undefined : Number(text)))
  .refine((year) => year === undefined || (year >= 2008 && year <= 2100), "年度应在 2008 至 2100 之间");

/** A day typed in a date field: "" (not recorded) or "YYYY-MM-DD", as the UTC midnight of a DATE column. */
const optionalDay = (label: string) =>
  z
    .string()
    .trim()
    .default("")
    .refine(
      (text) =>
        text === "" ||
        (/^\d{4}-\d{2}-\d{2}$/.test(text) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text)),
      `${label}应为有效日期，如 2019-01-01`,
    )
    .transform((text) => (text === "" ? null : new Date(`${text}T00:00:00Z`)))
    .refine(
      (day) => day === null || (day.getUTCFullYear() >= 1900 && day.getUTCFullYear() <= 2100),
      `${label}应在 1900 至 2100 年之间`,
    );

export const renameAgencySchema = z.object({ agencyId: id, name: agencyNameSchema, firstYear: optionalYear });
export const agencyDatesSchema = z.object({
  agencyId: id,
  establishedOn: optionalDay("成立日期"),
  abolishedOn: optionalDay("撤销（合并）日期"),
});
export const moveAgencySchema = z.object({ agencyId: id, parentId: id });
export const agencyRefSchema = z.object({ agencyId: id });
export const suggestCodeSchema = z.object({ name: agencyNameSchema });
