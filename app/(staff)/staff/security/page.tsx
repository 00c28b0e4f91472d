import type { Metadata } from "next";
import { fieldClass, labelClass } from "@/components/admin/field";
import { formatDateTime } from "@/lib/format-date";
import { SECURITY_EVENT_LABELS } from "@/lib/security-event-labels";
import {
  SECURITY_LOG_PAGE_SIZE,
  listSecurityEvents,
  securityLogFilterSchema,
} from "@/lib/server/security/list-security-events";
import { requireSecurityReader } from "@/lib/server/security/require-security-reader";

export const metadata: Metadata = { title: "安全审计" };

const PATH = "/staff/security";

function describeDetail(detail: unknown): string {
  if (!detail || typeof detail !== "object") return "";
  return Object.entries(detail as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === "object" ? JSON.stringify(value) : String(value)}`)
    .join("；");
}

export default async function SecurityLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireSecurityReader(PATH);
  const raw = await searchParams;
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const parsed = securityLogFilterSchema.safeParse({
    user: first(raw.user),
    from: first(raw.from),
    to: first(raw.to),
    kind: first(raw.kind) || undefined,
  });
  const filter = parsed.success ? parsed.data : {};
  const rows = parsed.success ? await listSecurityEvents(viewer, filter) : [];
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <div>
      <h1 className="mb-1 text-2xl font-semibold">安全审计</h1>
      <p className="mb-4 text-sm text-slate-600">
        登录、锁定与解锁、密码修改与重置、角色变更、账号创建与停用、批量导入导出的记录。记录只增不改，数据库拒绝修改和删除。
      </p>
      <form
        method="get"
        action={PATH}
        className="mb-4 grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-5"
        aria-label="筛选安全事件"
      >
        <div className="sm:col-span-2">
          <label htmlFor="filter-user" className={labelClass}>
            账号邮箱（包含）
          </label>
          <input id="filter-user" name="user" defaultValue={filter.user ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="filter-from" className={labelClass}>
            起始日期
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filter.from ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className={labelClass}>
            截止日期
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filter.to ?? ""} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="filter-kind" className={labelClass}>
            事件
          </label>
          <select id="filter-kind" name="kind" defaultValue={filter.kind ?? ""} className={fieldClass}>
            <option value="">全部</option>
            {Object.entries(SECURITY_EVENT_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end gap-3 sm:col-span-5">
          <button
            type="submit"
            className="rounded bg-blue-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-blue-800"
          >
            筛选
          </button>
          <a href={`${PATH}/export${query ? `?${query}` : ""}`} className="text-sm text-blue-700 underline">
            导出 CSV
          </a>
        </div>
      </form>
      {!parsed.success && (
        <p role="alert" className="mb-4 text-sm text-red-700">
          ⚠ {parsed.error.issues[0]?.message}
        </p>
      )}
      <p className="mb-2 text-sm text-slate-600">
        共 {rows.length} 条
        {rows.length === SECURITY_LOG_PAGE_SIZE ? `（只显示最近 ${SECURITY_LOG_PAGE_SIZE} 条，请缩小范围或导出）` : ""}
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="px-3 py-2">时间</th>
              <th className="px-3 py-2">事件</th>
              <th className="px-3 py-2">账号</th>
              <th className="px-3 py-2">操作人</th>
              <th className="px-3 py-2">客户端地址</th>
              <th className="px-3 py-2">详情</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top">
                <td className="whitespace-nowrap px-3 py-2 tabular-nums">{formatDateTime(row.at)}</td>
                <td className="px-3 py-2">{SECURITY_EVENT_LABELS[row.kind] ?? row.kind}</td>
                <td className="px-3 py-2">{row.email ?? ""}</td>
                <td className="px-3 py-2">{row.actor ?? ""}</td>
                <td className="px-3 py-2 tabular-nums">{row.clientAddress ?? ""}</td>
                <td className="px-3 py-2 text-xs text-slate-600">{describeDetail(row.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
