import Link from "next/link";
import { requireUser } from "@/lib/server/auth/current-user";
import { ROLE_LABELS } from "@/lib/labels";
import { signOutAction } from "./actions";

export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const roleNames = [...new Set(user.roles.map((grant) => ROLE_LABELS[grant.role]))].join("、");
  return (
    <div className="min-h-screen bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl items-center justify-between px-6 py-3">
          <Link href="/staff" className="font-semibold">公开年报 · 工作台</Link>
          <div className="flex items-center gap-4 text-sm">
            <span>
              {user.name}
              {roleNames && <span className="text-slate-500">（{roleNames}）</span>}
            </span>
            <form action={signOutAction}>
              <button type="submit" className="rounded border border-slate-300 px-3 py-1 hover:bg-slate-100">退出登录</button>
            </form>
          </div>
        </div>
      </header>
      <main className="mx-auto max-w-6xl px-6 py-8">{children}</main>
    </div>
  );
}
