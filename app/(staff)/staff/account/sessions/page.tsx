import type { Metadata } from "next";
import { headers } from "next/headers";
import { ActionForm } from "@/components/admin/action-form";
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
      <h1 className="mb-1 text-2xl font-semibold">我的登录</h1>
      <p className="mb-4 text-sm text-slate-600">
        您的账号当前在以下浏览器中处于登录状态。闲置 {SESSION_SECONDS / 3600} 小时自动退出；无论是否闲置，登录{" "}
        {ABSOLUTE_SESSION_HOURS} 小时后都须重新登录。 如有不认识的登录，请退出它并修改密码。
      </p>
      {/* On a phone the table scrolls inside its own box; the page keeps the screen's width. */}
      <div className="mb-4 overflow-x-auto">
        <table className="w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th className="px-3 py-2">浏览器</th>
              <th className="px-3 py-2">地址</th>
              <th className="px-3 py-2">登录时间</th>
              <th className="px-3 py-2">最近活动</th>
              <th className="px-3 py-2">操作</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.id} className="border-b border-slate-200 align-top">
                <td className="px-3 py-2">{describeBrowser(session.userAgent)}</td>
                <td className="px-3 py-2 tabular-nums break-all">{session.ipAddress ?? "未知"}</td>
                <td className="px-3 py-2">{formatDateTime(session.createdAt)}</td>
                <td className="px-3 py-2">{formatDateTime(session.lastActiveAt)}</td>
                <td className="px-3 py-2">
                  {session.current ? (
                    <span className="text-xs font-medium text-green-800">当前登录</span>
                  ) : (
                    <ActionForm action={revokeSessionAction} submitLabel="退出此登录" tone="secondary">
                      <input type="hidden" name="sessionId" value={session.id} />
                    </ActionForm>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {others > 0 && (
        <ActionForm action={revokeOtherSessionsAction} submitLabel={`退出其他所有登录（${others} 处）`} tone="danger" />
      )}
    </div>
  );
}
