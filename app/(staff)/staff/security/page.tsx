import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { Select } from "@/components/ui/select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
const ALL_KINDS = "all";

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
    // 全部 is sent as "all": the kit's select keeps "" for "nothing chosen".
    kind: [undefined, "", ALL_KINDS].includes(first(raw.kind)) ? undefined : first(raw.kind),
  });
  const filter = parsed.success ? parsed.data : {};
  const rows = parsed.success ? await listSecurityEvents(viewer, filter) : [];
  const query = new URLSearchParams(
    Object.entries(filter).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString();
  return (
    <div>
      <PageHeader
        title="安全审计"
        description="登录、锁定与解锁、密码修改与重置、角色变更、账号创建与停用、批量导入导出的记录。记录只增不改，数据库拒绝修改和删除。"
      />
      <form
        method="get"
        action={PATH}
        className={cn(cardClass, "mb-4 grid gap-3 sm:grid-cols-5")}
        aria-label="筛选安全事件"
      >
        <Field id="filter-user" label="账号邮箱（包含）" className="sm:col-span-2">
          {(control) => <Input {...control} name="user" defaultValue={filter.user ?? ""} />}
        </Field>
        <Field id="filter-from" label="起始日期">
          {(control) => <Input {...control} name="from" type="date" defaultValue={filter.from ?? ""} />}
        </Field>
        <Field id="filter-to" label="截止日期">
          {(control) => <Input {...control} name="to" type="date" defaultValue={filter.to ?? ""} />}
        </Field>
        <Field id="filter-kind" label="事件">
          {(control) => (
            <Select
              {...control}
              name="kind"
              defaultValue={filter.kind ?? ALL_KINDS}
              options={[
                { value: ALL_KINDS, label: "全部" },
                ...Object.entries(SECURITY_EVENT_LABELS).map(([kind, label]) => ({ value: kind, label })),
              ]}
            />
          )}
        </Field>
        <div className="flex items-end gap-3 sm:col-span-5">
          <Button type="submit">筛选</Button>
          <a href={`${PATH}/export${query ? `?${query}` : ""}`} className="text-sm text-blue-700 underline">
            导出 CSV
          </a>
        </div>
      </form>
      {!parsed.success && (
        <Alert role="alert" tone="danger" className="mb-4">
          {parsed.error.issues[0]?.message}
        </Alert>
      )}
      <p className="mb-2 text-sm text-slate-600">
        共 {rows.length} 条
        {rows.length === SECURITY_LOG_PAGE_SIZE ? `（只显示最近 ${SECURITY_LOG_PAGE_SIZE} 条，请缩小范围或导出）` : ""}
      </p>
      <Table label="安全事件">
        <TableHeader>
          <TableRow>
            <TableHead>时间</TableHead>
            <TableHead>事件</TableHead>
            <TableHead>账号</TableHead>
            <TableHead>操作人</TableHead>
            <TableHead>客户端地址</TableHead>
            <TableHead>详情</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <TableCell className="whitespace-nowrap tabular-nums">{formatDateTime(row.at)}</TableCell>
              <TableCell className="min-w-28">{SECURITY_EVENT_LABELS[row.kind] ?? row.kind}</TableCell>
              <TableCell className="break-all">{row.email ?? ""}</TableCell>
              <TableCell className="min-w-20">{row.actor ?? ""}</TableCell>
              <TableCell className="tabular-nums">{row.clientAddress ?? ""}</TableCell>
              <TableCell className="min-w-48 text-xs text-slate-600">{describeDetail(row.detail)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
