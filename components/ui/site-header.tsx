/* eslint-disable @next/next/no-html-link-for-pages -- the public pages are plain HTML outside the Next.js router: a link to them is an <a>. */
import { cn } from "./cn";

/** The site's width and side padding, shared by the public pages, the login page and the staff area. */
export const SHELL_CLASS = "mx-auto w-full max-w-6xl px-4 sm:px-6";

/**
 * The public site's header (brand in red over a red rule, 年度报告 / 开放数据 / 工作人员登录),
 * for React pages outside the public HTML (the login page); `children` replaces the links.
 */
export function SiteHeader({ children, className }: { children?: React.ReactNode; className?: string }) {
  return (
    <header className={cn("border-b-[3px] border-brand bg-white", className)}>
      <div className={cn(SHELL_CLASS, "flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3")}>
        <a href="/" className="text-xl font-bold text-brand no-underline">
          公开年报
        </a>
        {children ?? (
          <nav aria-label="站点" className="flex flex-wrap gap-x-4 gap-y-1 text-[0.95rem]">
            <a href="/" className="text-slate-900 underline underline-offset-2">
              年度报告
            </a>
            <a href="/open-data" className="text-slate-900 underline underline-offset-2">
              开放数据
            </a>
            <a href="/login" aria-current="page" className="font-semibold text-brand">
              工作人员登录
            </a>
          </nav>
        )}
      </div>
    </header>
  );
}

/** The site's footer line, as on the public pages. */
export function SiteFooter() {
  return (
    <footer className="mt-12 border-t border-slate-200 py-6 text-sm text-slate-600">
      <div className={SHELL_CLASS}>
        依据《中华人民共和国政府信息公开条例》第四十九条、第五十条公开的政府信息公开工作年度报告。
      </div>
    </footer>
  );
}
