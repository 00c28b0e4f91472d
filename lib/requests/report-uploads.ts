import { z } from "zod";
import { publicationDayToInstant } from "@/lib/publication-date";
import { isReportFileName, SUPPORTED_EXTENSIONS } from "@/lib/report-parser/file-limits";
import { agencyNameSchema } from "./agencies";

// The fields of the report-file upload routes (one published report per request): read it, and
// import it into the agency the admin confirmed. Shared by the import page and the routes.

export const REPORT_FILE_ACCEPT = [...SUPPORTED_EXTENSIONS.filter((ext) => ext !== ".text"), ".zip"].join(",");

const reportFile = z
  .instanceof(File, { error: "请选择文件" })
  .refine(
    (file) => isReportFileName(file.name),
    `只能上传 ${SUPPORTED_EXTENSIONS.join("、")} 文件（压缩包请在页面上选择，逐个上传）`,
  )
  .refine((file) => file.name.length <= 300, "文件名过长");

/** { cell key → typed text }, sent as JSON. */
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
      z.string().max(200, "更正所对应的单元格无效"),
      z.string("更正的内容必须是文字").max(100, "更正的内容过长"),
      "更正内容无法读取",
    ),
  );

export const reportUploadSchema = z.object({ file: reportFile, corrections: correctionsJson });

const targetSchema = z.union(
  [
    z.object({ agencyId: z.string().min(1).max(64) }).strict(),
    z
      .object({
        newAgency: z
          .object({
            name: agencyNameSchema,
            kind: z.enum(["DEPARTMENT", "TOWNSHIP", "GOVERNMENT"], "请选择机构类型"),
            level: z.enum(["PROVINCE", "CITY", "COUNTY"]).nullable(),
            parentId: z.string().min(1, "请选择上级机构").max(64),
          })
          .strict(),
      })
      .strict(),
  ],
  { error: "请选择机构，或新建机构" },
);
export type ReportImportTarget = z.infer<typeof targetSchema>;

const targetJson = z
  .string("请选择机构，或新建机构")
  .max(2000, "机构信息过长")
  .transform((text, context) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "请选择机构，或新建机构" });
      return z.NEVER;
    }
  })
  .pipe(targetSchema);

export const reportImportSchema = reportUploadSchema.extend({
  target: targetJson,
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

/** The form's fields as the schemas read them (a missing field is undefined, not null). */
export function readFormFields(
  form: FormData,
  names: readonly string[],
): Record<string, FormDataEntryValue | undefined> {
  return Object.fromEntries(names.map((name) => [name, form.get(name) ?? undefined]));
}
