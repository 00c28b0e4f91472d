import type { Metadata } from "next";
import Link from "next/link";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreateAgencyForm } from "@/components/admin/create-agency-form";
import { ManageDialog } from "@/components/admin/manage-dialog";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
      <PageHeader
        title="机构管理"
        description="新增、改名、调整隶属关系、停用机构。"
        actions={
          <Button asChild variant="secondary" size="sm">
            <Link href="/staff/admin/agencies/import">从 CSV 或 Excel 文件批量导入</Link>
          </Button>
        }
      />

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
        <Table label="机构列表">
          <TableHeader>
            <TableRow>
              <TableHead>名称</TableHead>
              <TableHead>类型</TableHead>
              <TableHead>代码</TableHead>
              <TableHead>状态</TableHead>
              <TableHead>存续</TableHead>
              <TableHead className="text-right">报告</TableHead>
              <TableHead>操作</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {agencies.map((agency) => (
              <TableRow key={agency.id} className={agency.active ? undefined : "text-slate-600"}>
                <TableCell className="min-w-40" style={{ paddingLeft: `${0.75 + agency.depth * 1.25}rem` }}>
                  {agency.name}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {AGENCY_KIND_LABELS[agency.kind]}
                  {agency.level && `（${LEVEL_LABELS[agency.level]}）`}
                </TableCell>
                <TableCell className="font-mono text-xs">{agency.code}</TableCell>
                <TableCell>
                  <Badge tone={agency.active ? "success" : "neutral"}>{agency.active ? "在用" : "已停用"}</Badge>
                </TableCell>
                <TableCell className="min-w-44 text-xs">
                  {describeLifetime(agency.establishedOn, agency.abolishedOn)}
                  {agency.formerNames.map((former) => (
                    <span key={former.lastYear} className="block text-slate-600">
                      曾用名：{former.name}（至 {former.lastYear} 年度）
                    </span>
                  ))}
                </TableCell>
                <TableCell numeric>{agency.reportCount}</TableCell>
                <TableCell>
                  <ManageDialog title={`管理：${agency.name}`}>
                    <ActionForm action={renameAgencyAction} submitLabel="改名" tone="secondary">
                      <input type="hidden" name="agencyId" value={agency.id} />
                      <Field id={`${agency.id}-name`} label="新名称">
                        {(control) => <Input {...control} name="name" defaultValue={agency.name} />}
                      </Field>
                      <Field
                        id={`${agency.id}-first-year`}
                        label="新名称自哪个年度起使用"
                        hint="留空：更正名称，各年度都显示新名称"
                      >
                        {(control) => <Input {...control} name="firstYear" inputMode="numeric" placeholder="如 2019" />}
                      </Field>
                    </ActionForm>
                    <ActionForm action={setAgencyDatesAction} submitLabel="保存存续日期" tone="secondary">
                      <input type="hidden" name="agencyId" value={agency.id} />
                      <Field id={`${agency.id}-established`} label="成立日期" hint="留空：未记录，各年度都计入">
                        {(control) => (
                          <Input
                            {...control}
                            type="date"
                            name="establishedOn"
                            defaultValue={agency.establishedOn ?? ""}
                          />
                        )}
                      </Field>
                      <Field id={`${agency.id}-abolished`} label="撤销（合并）日期">
                        {(control) => (
                          <Input {...control} type="date" name="abolishedOn" defaultValue={agency.abolishedOn ?? ""} />
                        )}
                      </Field>
                    </ActionForm>
                    {agency.depth > 0 && (
                      <ActionForm action={moveAgencyAction} submitLabel="调整隶属" tone="secondary">
                        <input type="hidden" name="agencyId" value={agency.id} />
                        <Field id={`${agency.id}-parent`} label="上级政府">
                          {(control) => (
                            <Select
                              {...control}
                              name="parentId"
                              defaultValue={agency.parentId ?? undefined}
                              options={governments
                                .filter((government) => government.id !== agency.id)
                                .map((government) => ({ value: government.id, label: government.name }))}
                            />
                          )}
                        </Field>
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
                  </ManageDialog>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
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
