import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActionForm } from "@/components/admin/action-form";
import { Badge } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format-date";
import { ABSOLUTE_SESSION_HOURS, SESSION_SECONDS, auth } from "@/lib/server/auth/auth";
import { requireUser } from "@/lib/server/auth/current-user";
import { listOwnSessions } from "@/lib/server/sessions/list-own-sessions";
import { revokeOtherSessionsAction, revokeSessionAction } from "./actions";

export const metadata: Metadata = { title: "我的登录" };

function describeBrowser(userAgent: string | null): string {
  if (!userAgent) return "未知浏览器";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrome\//.test(userAgent)
        ? "Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : "其他浏览器";
  const system = /Windows/.test(userAgent)
    ? "Windows"
    : /Mac OS X/.test(userAgent)
      ? "macOS"
      : /Android/.test(userAgent)
        ? "Android"
        : /iPhone|iPad/.test(userAgent)
          ? "iOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : "";
  return system ? `${browser} · ${system}` : browser;
}

export default async function SessionsPage() {
  const user = await requireUser("/staff/account/sessions");
  const current = (await auth().api.getSession({ headers: await headers() }))?.session.id ?? null;
  const sessions = await listOwnSessions(user, current);
  const others = sessions.filter((session) => !session.current).length;
  return (
    <div className="max-w-3xl">
      <PageHeader
        title="我的登录"
        description={`您的账号当前在以下浏览器中处于登录状态。闲置 ${SESSION_SECONDS / 3600} 小时自动退出；无论是否闲置，登录 ${ABSOLUTE_SESSION_HOURS} 小时后都须重新登录。如有不认识的登录，请退出它并修改密码。`}
      />
      <Table label="登录" boxClassName="mb-4">
        <TableHeader>
          <TableRow>
            <TableHead>浏览器</TableHead>
            <TableHead>地址</TableHead>
            <TableHead>登录时间</TableHead>
            <TableHead>最近活动</TableHead>
            <TableHead>操作</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sessions.map((session) => (
            <TableRow key={session.id}>
              <TableCell className="min-w-28">{describeBrowser(session.userAgent)}</TableCell>
              <TableCell className="break-all tabular-nums">{session.ipAddress ?? "未知"}</TableCell>
              <TableCell className="min-w-36">{formatDateTime(session.createdAt)}</TableCell>
              <TableCell className="min-w-36">{formatDateTime(session.lastActiveAt)}</TableCell>
              <TableCell>
                {session.current ? (
                  <Badge tone="success">当前登录</Badge>
                ) : (
                  <ActionForm action={revokeSessionAction} submitLabel="退出此登录" tone="secondary">
                    <input type="hidden" name="sessionId" value={session.id} />
                  </ActionForm>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {others > 0 && (
        <ActionForm action={revokeOtherSessionsAction} submitLabel={`退出其他所有登录（${others} 处）`} tone="danger" />
      )}
    </div>
  );
}
