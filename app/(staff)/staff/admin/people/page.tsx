import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/action-form";
import { AdminNav } from "@/components/admin/admin-nav";
import { CreatePersonForm } from "@/components/admin/create-person-form";
import { fieldClass } from "@/components/admin/field";
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
  return (
    <div>
      <AdminNav current="/staff/admin/people" />
      <h1 className="mb-4 text-2xl font-semibold">人员与角色</h1>

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
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="px-3 py-2">姓名</th>
              <th className="px-3 py-2">邮箱</th>
              <th className="px-3 py-2">角色</th>
              <th className="px-3 py-2">状态</th>
              <th className="px-3 py-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr
                key={person.id}
                className={`border-b border-slate-200 align-top ${person.active ? "" : "text-slate-500"}`}
              >
                <td className="px-3 py-2">{person.name}</td>
                <td className="px-3 py-2">{person.email}</td>
                <td className="px-3 py-2">
                  <ul className="space-y-1">
                    {person.roles.map((grant) => (
                      <li key={`${grant.role}-${grant.agencyId}`} className="flex items-start gap-2">
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
                </td>
                <td className="px-3 py-2">
                  {person.active ? "在用" : "已停用"}
                  {person.active && person.mustChangePassword && (
                    <span className="block text-xs text-amber-800">待修改初始密码</span>
                  )}
                  {person.lockedUntil && (
                    <div className="text-xs text-red-800">
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
                </td>
                <td className="px-3 py-2">
                  {person.managedElsewhere || person.id === user.id ? (
                    <span className="text-xs text-slate-500">
                      {person.id === user.id ? "本人" : "还有其他政府的角色，由上级管理"}
                    </span>
                  ) : (
                    <details>
                      <summary className="cursor-pointer text-blue-700">管理</summary>
                      <div className="mt-2 w-72 space-y-3">
                        <ActionForm action={grantRoleAction} submitLabel="添加角色" tone="secondary">
                          <input type="hidden" name="userId" value={person.id} />
                          <label className="block text-xs text-slate-600">
                            角色
                            <select name="role" className={fieldClass}>
                              {(["CLERK", "SUPERVISOR", "ADMIN", "AUDITOR"] as const).map((role) => (
                                <option key={role} value={role}>
                                  {ROLE_LABELS[role]}
                                </option>
                              ))}
                            </select>
                          </label>
                          <label className="block text-xs text-slate-600">
                            机构
                            <select name="agencyId" className={fieldClass}>
                              {active.map((agency) => (
                                <option key={agency.id} value={agency.id}>
                                  {"　".repeat(agency.depth)}
                                  {agency.name}
                                </option>
                              ))}
                            </select>
                          </label>
                        </ActionForm>
                        <ActionForm action={resetPasswordAction} submitLabel="重置密码" tone="secondary">
                          <input type="hidden" name="userId" value={person.id} />
                          <label className="block text-xs text-slate-600">
                            新的初始密码（至少 8 个字符，含大小写字母、数字、符号中的三类）
                            <input name="password" type="text" autoComplete="off" className={fieldClass} />
                          </label>
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
                      </div>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
