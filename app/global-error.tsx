"use client";

import "./globals.css";
import { ErrorScreen } from "@/components/public/error-screen";

/** The root layout itself failed: a whole document of its own, in Chinese. */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body>
        <ErrorScreen code="出错" title="网站暂时无法访问">
          <p>服务器处理请求时出错，请稍后重试。</p>
          {error.digest && <p className="text-sm text-slate-500">错误编号：{error.digest}</p>}
          <p>
            <button
              type="button"
              onClick={reset}
              className="rounded bg-red-700 px-4 py-1.5 text-sm font-medium text-white hover:bg-red-800"
            >
              重试
            </button>
          </p>
        </ErrorScreen>
      </body>
    </html>
  );
}
