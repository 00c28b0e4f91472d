import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { cardClass } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { readSiteSettings } from "@/lib/server/site/get-site-settings";
import type { SiteSettings } from "@/lib/server/site/site-settings";
import { EMBLEM_MAX_BYTES } from "@/lib/requests/site-settings";
import { removeSiteEmblemAction, saveSiteSettingsAction, setSiteEmblemAction } from "./actions";

export const metadata: Metadata = { title: "网站信息" };

type FieldName = Exclude<keyof SiteSettings, "emblemPath" | "demoData">;

const FIELDS: { name: FieldName; label: string; hint: string; required?: boolean; type?: string }[] = [
  { name: "sponsor", label: "主办单位", hint: "如：本溪市人民政府办公室", required: true },
  { name: "operator", label: "承办单位", hint: "如：本溪市政务服务中心" },
  { name: "phone", label: "联系电话", hint: "如：024-42800000", type: "tel" },
  { name: "address", label: "通信地址", hint: "如：辽宁省本溪市平山区……" },
  { name: "email", label: "电子邮箱", hint: "如：gkb@example.gov.cn", type: "email" },
  { name: "siteCode", label: "网站标识码", hint: "10 位数字" },
  { name: "icpRecord", label: "ICP 备案号", hint: "如：辽ICP备12345678号" },
  { name: "policeRecord", label: "公安机关备案号", hint: "如：辽公网安备 21050202000001号；页脚链接到公安部备案查询" },
];

export default async function SiteSettingsPage() {
  await requireAdmin("/staff/admin/site");
  const settings = await readSiteSettings();
  return (
    <div>
      <AdminNav current="/staff/admin/site" />
      <PageHeader
        title="网站信息"
        description="公开网站每一页的页脚显示这些信息；保存后立即生效。留空的项目不显示（主办单位必填）。"
      />

      <section aria-labelledby="footer-heading" className="mb-8">
        <h2 id="footer-heading" className="mb-2 text-lg font-semibold">
          页脚信息
        </h2>
        <ActionForm
          action={saveSiteSettingsAction}
          submitLabel="保存网站信息"
          className={`${cardClass} grid gap-4 sm:grid-cols-2 [&>button]:justify-self-start`}
        >
          {FIELDS.map((field) => (
            <Field
              key={field.name}
              id={`site-${field.name}`}
              label={
                <>
                  {field.label}
                  {field.required && <span className="text-red-700">（必填）</span>}
                </>
              }
              hint={field.hint}
            >
              {(control) => (
                <Input
                  {...control}
                  name={field.name}
                  type={field.type ?? "text"}
                  defaultValue={settings[field.name]}
                  required={field.required}
                />
              )}
            </Field>
          ))}
        </ActionForm>
      </section>

      <section aria-labelledby="emblem-heading">
        <h2 id="emblem-heading" className="mb-2 text-lg font-semibold">
          徽标
        </h2>
        <div className={`${cardClass} space-y-3`}>
          <p className="text-sm text-slate-600">
            公开网站页眉左侧显示的图片（如本级政府的标志），PNG 或 JPEG，不超过 {EMBLEM_MAX_BYTES / 1024}{" "}
            KB。不设置则只显示网站名称。
          </p>
          {settings.emblemPath ? (
            // eslint-disable-next-line @next/next/no-img-element -- the image is served by our own route, no optimisation needed
            <img src={settings.emblemPath} alt="当前徽标" className="h-12 w-auto rounded border border-slate-200" />
          ) : (
            <p className="text-sm">当前未设置徽标。</p>
          )}
          <ActionForm action={setSiteEmblemAction} submitLabel="上传徽标" className="space-y-2">
            <Field id="site-emblem" label="徽标图片">
              {(control) => (
                <input
                  {...control}
                  name="emblem"
                  type="file"
                  accept="image/png,image/jpeg"
                  className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-400 file:bg-white file:px-3 file:py-1.5 file:text-sm"
                />
              )}
            </Field>
          </ActionForm>
          {settings.emblemPath && (
            <ActionForm action={removeSiteEmblemAction} submitLabel="移除徽标" tone="secondary" />
          )}
        </div>
      </section>
    </div>
  );
}
