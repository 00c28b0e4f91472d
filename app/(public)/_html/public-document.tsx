/* eslint-disable @next/next/no-html-link-for-pages -- these pages are plain HTML without the Next.js client router (see render-to-html.ts): a link is an <a>. */
/* eslint-disable @next/next/no-img-element -- plain HTML pages: no Next.js image runtime; the emblem is served as stored. */
import type { ReactNode } from "react";
import { PUBLIC_CACHE_CONTROL } from "@/lib/front-cache/front-cache";
import { readSiteUrl } from "@/lib/server/public/site-url";
import { getSiteSettings } from "@/lib/server/site/get-site-settings";
import { SiteFooter } from "@/components/public/site-footer";
import { PUBLIC_CSS } from "./public-styles";
import { renderToHtml } from "./render-to-html";

export const SITE_NAME = "公开年报";

export type PageMeta = {
  title: string;
  description: string;
  /** Path of the page, for the canonical link and og:url. */
  path: string;
  ogType?: "website" | "article";
  /** Pages that should stay out of search engines (old revisions, search results). */
  noIndex?: boolean;
  /** A document with a print button (the report page). */
  printable?: boolean;
};

/** The whole HTML document of a public page: head with title, description and Open Graph, the site chrome, the content. */
async function PublicDocument({ meta, children }: { meta: PageMeta; children: ReactNode }) {
  const fullTitle = `${meta.title} · ${SITE_NAME}`;
  const url = new URL(meta.path, readSiteUrl()).toString();
  const site = await getSiteSettings();
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noIndex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={url} />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="icon" href="/favicon.ico" sizes="48x48" />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:url" content={url} />
        <meta property="og:locale" content="zh_CN" />
        <style>{PUBLIC_CSS}</style>
        {meta.printable && <script src={PRINT_SCRIPT_PATH} defer />}
      </head>
      <body>
        <a className="skip-link" href="#content">
          跳到正文
        </a>
        <header className="public-header">
          <div className="public-shell">
            <a href="/" className="public-brand">
              {site.emblemPath && <img className="public-emblem" src={site.emblemPath} alt="" width={40} height={40} />}
              <span>{SITE_NAME}</span>
            </a>
            <nav className="public-nav" aria-label="站点">
              <a href="/">年度报告</a>
              <a href="/open-data">开放数据</a>
              <a href="/login">工作人员登录</a>
            </nav>
          </div>
        </header>
        {site.demoData && (
          <div className="demo-banner" role="note" aria-label="演示数据">
            <div className="public-shell">
              <strong>演示数据</strong>
              本站为演示站点：除本溪市科学技术局 2020
              年度报告外，各年度报告均为程序生成的演示数据，不是真实的政府信息公开工作年度报告。
            </div>
          </div>
        )}
        <main id="content" className="public-shell public-main">
          {children}
        </main>
        <SiteFooter site={site} />
      </body>
    </html>
  );
}

/** The one script a public page may load: the print button's (a page works fully without it). */
export const PRINT_SCRIPT_PATH = "/site/print.js";

export type HtmlOptions = { status?: number; cacheControl?: string };

/** A public page as a Response: complete HTML, no script. */
export async function renderPublicPage(
  meta: PageMeta,
  content: ReactNode,
  options: HtmlOptions = {},
): Promise<Response> {
  const html = await renderPublicHtml(meta, content);
  return htmlResponse(html, options);
}

export async function renderPublicHtml(meta: PageMeta, content: ReactNode): Promise<string> {
  return `<!DOCTYPE html>${await renderToHtml(<PublicDocument meta={meta}>{content}</PublicDocument>)}`;
}

export function htmlResponse(html: string, { status = 200, cacheControl }: HtmlOptions = {}): Response {
  return new Response(html, {
    status,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      // The server keeps the rendered page (see lib/server/public/public-cache.ts); browsers ask again each time,
      // so a correction is seen at once.
      "Cache-Control": cacheControl ?? (status === 200 ? PUBLIC_CACHE_CONTROL : "no-store"),
    },
  });
}

/** The one 404 of the public site: an unknown report and an unpublished one look exactly alike. */
export async function notFoundPage(): Promise<Response> {
  return renderPublicPage(
    { title: "未找到该页面", description: "未找到该页面或报告。", path: "/", noIndex: true },
    <div className="error-page">
      <p className="error-code" aria-hidden="true">
        404
      </p>
      <h1 className="page-title">未找到该页面</h1>
      <p>您访问的页面或年度报告不存在。报告可能尚未发布，或地址有误。</p>
      <form className="search-form" method="get" action="/" role="search" aria-label="查找年度报告">
        <label>
          按机关名称查找年度报告
          <input type="search" name="q" placeholder="如：科学技术局" maxLength={50} />
        </label>
        <button type="submit">查找</button>
      </form>
      <p>
        <a href="/">返回年度报告首页</a>
        {"　"}
        <a href="/open-data">开放数据</a>
      </p>
    </div>,
    { status: 404 },
  );
}

/** What a citizen sees when a public page fails (the database unreachable…): the site's own 500, in Chinese. */
export async function errorPage(): Promise<Response> {
  const content = (
    <div className="error-page">
      <p className="error-code" aria-hidden="true">
        500
      </p>
      <h1 className="page-title">页面暂时无法显示</h1>
      <p>服务器处理请求时出错，请稍后刷新重试。如问题持续，请通过页脚的联系方式告知我们。</p>
      <p>
        <a href="/">返回年度报告首页</a>
      </p>
    </div>
  );
  const meta = { title: "页面暂时无法显示", description: "服务器出错。", path: "/", noIndex: true };
  try {
    return await renderPublicPage(meta, content, { status: 500 });
  } catch {
    // The footer's settings come from the database too: without it, the page without them.
    return htmlResponse(
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>页面暂时无法显示 · ${SITE_NAME}</title><style>${PUBLIC_CSS}</style></head><body><main class="public-shell public-main"><h1 class="page-title">页面暂时无法显示</h1><p>服务器处理请求时出错，请稍后刷新重试。</p><p><a href="/">返回年度报告首页</a></p></main></body></html>`,
      { status: 500 },
    );
  }
}
