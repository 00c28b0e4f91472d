"use client";

/* eslint-disable @next/next/no-html-link-for-pages -- the public pages are plain HTML outside the Next.js router: a link to them is an <a>. */
import { useEffect } from "react";
import { ErrorScreen } from "@/components/public/error-screen";

/** A staff page failed while rendering: say so in Chinese, offer to try again; the details go to the server log. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <ErrorScreen code="出错" title="页面暂时无法显示">
      <p>处理请求时出错。您填写的内容如已自动保存，不会丢失。请重试；如问题持续，请联系管理员。</p>
      {error.digest && <p className="text-sm text-slate-500">错误编号：{error.digest}</p>}
      <p className="space-x-4">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800"
        >
          重试
        </button>
        <a href="/staff" className="text-blue-700 underline">
          返回工作台
        </a>
      </p>
    </ErrorScreen>
  );
}
