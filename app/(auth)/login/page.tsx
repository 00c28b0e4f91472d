import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/current-user";
import { LoginForm } from "./login-form";
import { safeReturnPath } from "./schema";

export const metadata: Metadata = { title: "工作人员登录" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const { next } = await searchParams;
  if (await getCurrentUser({ allowPasswordChangePending: true })) redirect(safeReturnPath(next));
  return (
    <main className="mx-auto mt-24 max-w-sm rounded-lg border border-slate-200 p-8 shadow-sm">
      <h1 className="mb-1 text-xl font-semibold">公开年报 · 工作人员登录</h1>
      <p className="mb-6 text-sm text-slate-600">填报人、审核人和主管部门使用本系统填报、审核和发布年度报告。</p>
      <LoginForm next={next ? safeReturnPath(next) : undefined} />
      <p className="mt-6 text-sm">
        <Link href="/" className="text-blue-700 underline">
          ← 返回公开年报首页
        </Link>
      </p>
    </main>
  );
}
