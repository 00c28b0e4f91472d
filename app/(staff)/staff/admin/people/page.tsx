import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreatePersonForm } from "@/components/admin/create-person-form";
import { ManageDialog } from "@/components/admin/manage-dialog";
import { Badge } from "@/components/ui/badge";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listAdministeredAgencies } from "@/lib/server/agencies/list-administered-agencies";
import { listPeople } from "@/lib/server/people/list-people";
import { requireAdmin } from "@/lib/server/auth/require-admin";
import { ROLE_LABELS } from "@/lib/labels";
import {
  createPersonAction,
  deactivatePersonAction,
  grantRoleAction,
  reactivatePersonAction,
  resetPasswordAction,
  revokeRoleAction,
  unlockPersonAction,
  forceSignOutAction,
} from "./actions";

function formatTime(date: Date): string {
  return new Intl.DateTimeFormat("zh-CN", {
    timeZone: "Asia/Shanghai",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(date);
}

export const metadata: Metadata = { title: "人员与角色" };

export default async function PeoplePage() {
  const user = await requireAdmin("/staff/admin/people");
  const [people, agencies] = await Promise.all([listPeople(user), listAdministeredAgencies(user)]);
  const active = agencies
    .filter((agency) => agency.active)
    .map(({ id, name, kind, depth }) => ({ id, name, kind, depth }));
  const roleOptions = (["CLERK", "SUPERVISOR", "ADMIN", "AUDITOR"] as const).map((role) => ({
    value: role,
    label: ROLE_LABELS[role],
  }));
  const agencyOptions = active.map((agency) => ({ value: agency.id, label: agency.name, depth: agency.depth }));
  return (
    <div>
      <AdminNav current="/staff/admin/people" />
      <PageHeader title="人员与角色" description="新建账号、重置密码、停用账号，分配填报人、审核人和管理员。" />

      <section aria-labelledby="create-person" className="mb-8">
        <h2 id="create-person" className="mb-2 text-lg font-semibold">
          新建账号
        </h2>
        <CreatePersonForm agencies={active} create={createPersonAction} />
      </section>

      <section aria-labelledby="people-list">
        <h2 id="people-list" className="mb-2 text-lg font-semibold">
          人员（{people.length}）
        </h2>
        <Table label="人员">
          <TableHeader>
            <TableRow>
              <TableHead>姓名</TableHead>
              <TableHead>邮箱</TableHead>
              <TableHead>角色</TableHead>
              <TableHead>状态</TableHead>
              <TableHead>操作</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {people.map((person) => (
              <TableRow key={person.id} className={person.active ? undefined : "text-slate-600"}>
                <TableCell className="whitespace-nowrap">{person.name}</TableCell>
                <TableCell className="min-w-44 break-all">{person.email}</TableCell>
                <TableCell className="min-w-52">
                  <ul className="space-y-1">
                    {person.roles.map((grant) => (
                      <li key={`${grant.role}-${grant.agencyId}`} className="flex flex-wrap items-center gap-2">
                        <span>
                          {ROLE_LABELS[grant.role]} · {grant.agencyName}
                        </span>
                        {!person.managedElsewhere && person.roles.length > 1 && (
                          <ActionForm
                            action={revokeRoleAction}
                            submitLabel="移除"
                            tone="danger"
                            className="flex items-start gap-1"
                            confirm={`移除 ${person.name} 的“${ROLE_LABELS[grant.role]} · ${grant.agencyName}”？`}
                          >
                            <input type="hidden" name="userId" value={person.id} />
                            <input type="hidden" name="role" value={grant.role} />
                            <input type="hidden" name="agencyId" value={grant.agencyId} />
                          </ActionForm>
                        )}
                      </li>
                    ))}
                  </ul>
                </TableCell>
                <TableCell className="min-w-28">
                  <Badge tone={person.active ? "success" : "neutral"}>{person.active ? "在用" : "已停用"}</Badge>
                  {person.active && person.mustChangePassword && (
                    <span className="mt-1 block text-xs text-amber-800">待修改初始密码</span>
                  )}
                  {person.lockedUntil && (
                    <div className="mt-1 text-xs text-red-800">
                      ⚠ 密码输错次数过多，登录已锁定至 {formatTime(person.lockedUntil)}
                      {!person.managedElsewhere && person.id !== user.id && (
                        <ActionForm
                          action={unlockPersonAction}
                          submitLabel="解除锁定"
                          tone="secondary"
                          className="mt-1"
                        >
                          <input type="hidden" name="userId" value={person.id} />
                        </ActionForm>
                      )}
                    </div>
                  )}
                </TableCell>
                <TableCell>
                  {person.managedElsewhere || person.id === user.id ? (
                    <span className="text-xs text-slate-600">
                      {person.id === user.id ? "本人" : "还有其他政府的角色，由上级管理"}
                    </span>
                  ) : (
                    <ManageDialog title={`管理：${person.name}`}>
                      <ActionForm action={grantRoleAction} submitLabel="添加角色" tone="secondary">
                        <input type="hidden" name="userId" value={person.id} />
                        <Field id={`${person.id}-role`} label="角色">
                          {(control) => <Select {...control} name="role" defaultValue="CLERK" options={roleOptions} />}
                        </Field>
                        <Field id={`${person.id}-agency`} label="机构">
                          {(control) => (
                            <Select
                              {...control}
                              name="agencyId"
                              defaultValue={agencyOptions[0]?.value}
                              options={agencyOptions}
                            />
                          )}
                        </Field>
                      </ActionForm>
                      <ActionForm action={resetPasswordAction} submitLabel="重置密码" tone="secondary">
                        <input type="hidden" name="userId" value={person.id} />
                        <Field
                          id={`${person.id}-password`}
                          label="新的初始密码"
                          hint="至少 8 个字符，含大小写字母、数字、符号中的三类"
                        >
                          {(control) => <Input {...control} name="password" type="text" autoComplete="off" />}
                        </Field>
                      </ActionForm>
                      {person.active && (
                        <ActionForm action={forceSignOutAction} submitLabel="强制退出所有登录" tone="secondary">
                          <input type="hidden" name="userId" value={person.id} />
                        </ActionForm>
                      )}
                      <ActionForm
                        action={person.active ? deactivatePersonAction : reactivatePersonAction}
                        submitLabel={person.active ? "停用账号" : "启用账号"}
                        tone={person.active ? "danger" : "secondary"}
                        confirm={person.active ? `停用 ${person.name} 的账号并登出所有设备？` : undefined}
                      >
                        <input type="hidden" name="userId" value={person.id} />
                      </ActionForm>
                    </ManageDialog>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </section>
    </div>
  );
}
