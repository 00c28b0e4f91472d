import Link from "next/link";
import { Notifications } from "@/components/staff/notifications";
import { StaffNav, type StaffLink } from "@/components/staff/staff-nav";
import { cn } from "@/components/ui/cn";
import { SHELL_CLASS } from "@/components/ui/site-header";
import { Toaster } from "@/components/ui/toast";
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
  const administers = user.roles.some((grant) => grant.role === "ADMIN");
  const links: StaffLink[] = [
    { href: "/staff", label: "工作台" },
    ...(reviews ? [{ href: "/staff/review", label: "审核" }] : []),
    ...(administers ? [{ href: "/staff/admin", label: "管理" }] : []),
    ...(readsSecurityLog(user) ? [{ href: "/staff/security", label: "安全审计" }] : []),
    { href: "/staff/account/sessions", label: "我的登录" },
    { href: "/staff/account/password", label: "修改密码" },
  ];
  const notifications = await listNotifications(user, { take: NOTIFICATIONS_SHOWN });
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <header className="border-b-[3px] border-brand bg-white">
        <div className={cn(SHELL_CLASS, "flex items-center gap-3 py-2.5 lg:gap-6")}>
          <Link href="/staff" className="shrink-0 whitespace-nowrap text-lg font-bold text-brand">
            公开年报<span className="ml-1.5 text-sm font-medium text-slate-700">工作台</span>
          </Link>
          <StaffNav
            links={links}
            userName={user.name}
            roleNames={roleNames}
            signOutAction={signOutAction}
            notifications={
              <Notifications
                {...notifications}
                openNotificationAction={openNotificationAction}
                markAllNotificationsReadAction={markAllNotificationsReadAction}
              />
            }
          />
        </div>
      </header>
      <main className={cn(SHELL_CLASS, "flex-1 py-6 sm:py-8")}>{children}</main>
      <Toaster />
    </div>
  );
}
