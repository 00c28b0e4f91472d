import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreateAgencyForm } from "@/components/admin/create-agency-form";
import { fieldClass } from "@/components/admin/field";
import { LEVEL_LABELS } from "@/lib/server/agencies/agency-placement";
import { listAdministeredAgencies } from "@/lib/server/agencies/list-administered-agencies";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { AGENCY_KIND_LABELS } from "@/lib/labels";
import {
  createAgencyAction,
  deactivateAgencyAction,
  moveAgencyAction,
  reactivateAgencyAction,
  renameAgencyAction,
  setAgencyDatesAction,
  suggestCodeAction,
} from "./actions";

export const metadata: Metadata = { title: "机构管理" };

export default async function AgenciesPage() {
  const user = await requireAdmin("/staff/admin/agencies");
  const agencies = await listAdministeredAgencies(user);
  const governments = agencies.filter((agency) => agency.kind === "GOVERNMENT" && agency.active);
  return (
    <div>
      <AdminNav current="/staff/admin/agencies" />
      <div className="mb-4 flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">机构管理</h1>
        <Link href="/staff/admin/agencies/import" className="text-sm text-blue-700 underline">
          从 CSV 或 Excel 文件批量导入
        </Link>
      </div>

      <section aria-labelledby="create-agency" className="mb-8">
        <h2 id="create-agency" className="mb-2 text-lg font-semibold">
          新增机构
        </h2>
        <CreateAgencyForm
          governments={governments.map(({ id, name }) => ({ id, name }))}
          create={createAgencyAction}
          suggestCode={suggestCodeAction}
        />
      </section>

      <section aria-labelledby="agency-list">
        <h2 id="agency-list" className="mb-2 text-lg font-semibold">
          机构列表（{agencies.length}）
        </h2>
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="px-3 py-2">名称</th>
              <th className="px-3 py-2">类型</th>
              <th className="px-3 py-2">代码</th>
              <th className="px-3 py-2">状态</th>
              <th className="px-3 py-2">存续</th>
              <th className="px-3 py-2 text-right">报告</th>
              <th className="px-3 py-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {agencies.map((agency) => (
              <tr
                key={agency.id}
                className={`border-b border-slate-200 align-top ${agency.active ? "" : "text-slate-500"}`}
              >
                <td className="px-3 py-2" style={{ paddingLeft: `${0.75 + agency.depth * 1.25}rem` }}>
                  {agency.name}
                </td>
                <td className="px-3 py-2">
                  {AGENCY_KIND_LABELS[agency.kind]}
                  {agency.level && `（${LEVEL_LABELS[agency.level]}）`}
                </td>
                <td className="px-3 py-2 font-mono text-xs">{agency.code}</td>
                <td className="px-3 py-2">{agency.active ? "在用" : "已停用"}</td>
                <td className="px-3 py-2 text-xs">
                  {describeLifetime(agency.establishedOn, agency.abolishedOn)}
                  {agency.formerNames.map((former) => (
                    <span key={former.lastYear} className="block text-slate-600">
                      曾用名：{former.name}（至 {former.lastYear} 年度）
                    </span>
                  ))}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{agency.reportCount}</td>
                <td className="px-3 py-2">
                  <details>
                    <summary className="cursor-pointer text-blue-700">管理</summary>
                    <div className="mt-2 w-72 space-y-3">
                      <ActionForm action={renameAgencyAction} submitLabel="改名" tone="secondary">
                        <input type="hidden" name="agencyId" value={agency.id} />
                        <label className="block text-xs text-slate-600">
                          新名称
                          <input name="name" defaultValue={agency.name} className={fieldClass} />
                        </label>
                        <label className="block text-xs text-slate-600">
                          新名称自哪个年度起使用（留空：更正名称，各年度都显示新名称）
                          <input name="firstYear" inputMode="numeric" placeholder="如 2019" className={fieldClass} />
                        </label>
                      </ActionForm>
                      <ActionForm action={setAgencyDatesAction} submitLabel="保存存续日期" tone="secondary">
                        <input type="hidden" name="agencyId" value={agency.id} />
                        <label className="block text-xs text-slate-600">
                          成立日期（留空：未记录，各年度都计入）
                          <input
                            type="date"
                            name="establishedOn"
                            defaultValue={agency.establishedOn ?? ""}
                            className={fieldClass}
                          />
                        </label>
                        <label className="block text-xs text-slate-600">
                          撤销（合并）日期
                          <input
                            type="date"
                            name="abolishedOn"
                            defaultValue={agency.abolishedOn ?? ""}
                            className={fieldClass}
                          />
                        </label>
                      </ActionForm>
                      {agency.depth > 0 && (
                        <ActionForm action={moveAgencyAction} submitLabel="调整隶属" tone="secondary">
                          <input type="hidden" name="agencyId" value={agency.id} />
                          <label className="block text-xs text-slate-600">
                            上级政府
                            <select name="parentId" defaultValue={agency.parentId ?? ""} className={fieldClass}>
                              {governments
                                .filter((government) => government.id !== agency.id)
                                .map((government) => (
                                  <option key={government.id} value={government.id}>
                                    {government.name}
                                  </option>
                                ))}
                            </select>
                          </label>
                        </ActionForm>
                      )}
                      {agency.depth > 0 && (
                        <ActionForm
                          action={agency.active ? deactivateAgencyAction : reactivateAgencyAction}
                          submitLabel={agency.active ? "停用" : "启用"}
                          tone={agency.active ? "danger" : "secondary"}
                          confirm={
                            agency.active
                              ? `停用“${agency.name}”？它的报告会保留，但不再出现在报送进度和汇总中。`
                              : undefined
                          }
                        >
                          <input type="hidden" name="agencyId" value={agency.id} />
                        </ActionForm>
                      )}
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}

/** 1980年1月1日 成立 · 2024年3月1日 撤销; an agency counts in the years it existed at the year's end. */
function describeLifetime(establishedOn: string | null, abolishedOn: string | null): string {
  const day = (text: string) => {
    const [year, month, date] = text.split("-").map(Number);
    return `${year}年${month}月${date}日`;
  };
  const parts = [
    establishedOn ? `${day(establishedOn)}成立` : "成立日期未记录",
    abolishedOn && `${day(abolishedOn)}撤销（合并）`,
  ].filter(Boolean);
  return parts.join(" · ");
}
