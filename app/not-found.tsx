/* eslint-disable @next/next/no-html-link-for-pages -- the public pages are plain HTML outside the Next.js router: a link to them is an <a>. */
import type { Metadata } from "next";
import Link from "next/link";
import { ErrorScreen } from "@/components/public/error-screen";

export const metadata: Metadata = { title: "未找到该页面" };

/** A page asked for what is not there or not the user's to see (notFound() in a staff page): the same words for both. */
export default function NotFound() {
  return (
    <ErrorScreen code="404" title="未找到该页面">
      <p>您访问的页面不存在，或您没有查看它的权限。</p>
      <p className="space-x-4">
        <a href="/" className="text-blue-700 underline">
          年度报告首页
        </a>
        <Link href="/staff" className="text-blue-700 underline">
          工作台
        </Link>
      </p>
    </ErrorScreen>
  );
}
