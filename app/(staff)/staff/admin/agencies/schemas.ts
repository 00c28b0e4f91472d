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
  .refine((value) => value.kind !== "GOVERNMENT" || value.level !== "", { message: "人民政府必须选择级别", path: ["level"] });
export type CreateAgencyFields = z.infer<typeof createAgencySchema>;

export const renameAgencySchema = z.object({ agencyId: id, name: agencyNameSchema });
export const moveAgencySchema = z.object({ agencyId: id, parentId: id });
export const agencyRefSchema = z.object({ agencyId: id });
export const suggestCodeSchema = z.object({ name: agencyNameSchema });
