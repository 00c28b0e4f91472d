import Link from "next/link";
import { Notifications } from "@/components/staff/notifications";
import { readsSecurityLog } from "@/lib/server/auth/access";
import { requireUser } from "@/lib/server/auth/current-user";
import { ROLE_LABELS } from "@/lib/labels";
import { listNotifications } from "@/lib/server/notifications/list-notifications";
import { signOutAction } from "./actions";
import { markAllNotificationsReadAction, openNotificationAction } from "./staff/notifications/actions";

/** How many notifications the header shows; the page shows all. */
const NOTIFICATIONS_SHOWN = 8;

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser(undefined, { allowPasswordChangePending: true });
  const roleNames = [...new Set(user.roles.map((grant) => ROLE_LABELS[grant.role]))].join("、");
  const reviews = user.roles.some((grant) => grant.role === "SUPERVISOR" || grant.role === "ADMIN");
  const audits = readsSecurityLog(user);
  const administers = user.roles.some((grant) => grant.role === "ADMIN");
  const notifications = await listNotifications(user, { take: NOTIFICATIONS_SHOWN });
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-3">
          <nav aria-label="工作台导航" className="flex items-center gap-5 text-sm">
            <Link href="/staff" className="text-base font-semibold">
              公开年报 · 工作台
            </Link>
            {reviews && (
              <Link href="/staff/review" className="hover:underline">
                审核
              </Link>
            )}
            {administers && (
              <Link href="/staff/admin" className="hover:underline">
                管理
              </Link>
            )}
            {audits && (
              <Link href="/staff/security" className="hover:underline">
                安全审计
              </Link>
            )}
            <Link href="/staff/account/sessions" className="hover:underline">
              我的登录
            </Link>
          </nav>
          <div className="flex items-center gap-4 text-sm">
            <Notifications
              {...notifications}
              openNotificationAction={openNotificationAction}
              markAllNotificationsReadAction={markAllNotificationsReadAction}
            />
            <span>
              {user.name}
              {roleNames && <span className="text-slate-500">（{roleNames}）</span>}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">
                退出登录
              </button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
