import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Card } from "@/components/ui/card";
import { SiteFooter, SiteHeader } from "@/components/ui/site-header";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { LoginForm } from "./login-form";
import { safeReturnPath } from "./schema";

export const metadata: Metadata = { title: "工作人员登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentUser({ allowPasswordChangePending: true })) redirect(safeReturnPath(next));
  return (
    <div className="flex min-h-screen flex-col bg-slate-50">
      <SiteHeader />
      <main className="flex-1 px-4 py-10 sm:py-16">
        <Card className="mx-auto max-w-md sm:p-8">
          <h1 className="mb-1 text-xl font-semibold">工作人员登录</h1>
          <p className="mb-6 text-sm leading-6 text-slate-700">
            填报人、审核人和主管部门使用本系统填报、审核和发布政府信息公开工作年度报告。
          </p>
          <LoginForm next={next ? safeReturnPath(next) : undefined} />
        </Card>
      </main>
      <SiteFooter />
    </div>
  );
}
