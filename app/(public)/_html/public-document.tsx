/* eslint-disable @next/next/no-html-link-for-pages -- these pages are plain HTML without the Next.js client router (see render-to-html.ts): a link is an <a>. */
import type { ReactNode } from "react";
import { PUBLIC_CACHE_CONTROL } from "@/lib/front-cache/front-cache";
import { readSiteUrl } from "@/lib/server/public/site-url";
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
};

/** The whole HTML document of a public page: head with title, description and Open Graph, the site chrome, the content. */
function PublicDocument({ meta, children }: { meta: PageMeta; children: ReactNode }) {
  const fullTitle = `${meta.title} · ${SITE_NAME}`;
  const url = new URL(meta.path, readSiteUrl()).toString();
  return (
    <html lang="zh-CN">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={meta.description} />
        {meta.noIndex && <meta name="robots" content="noindex" />}
        <link rel="canonical" href={url} />
        <meta property="og:site_name" content={SITE_NAME} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.ogType ?? "website"} />
        <meta property="og:url" content={url} />
        <meta property="og:locale" content="zh_CN" />
        <style>{PUBLIC_CSS}</style>
      </head>
      <body>
        <a className="skip-link" href="#content">
          跳到正文
        </a>
        <header className="public-header">
          <div className="public-shell">
            <a href="/" className="public-brand">
              {SITE_NAME}
            </a>
            <nav className="public-nav" aria-label="站点">
              <a href="/">年度报告</a>
              <a href="/open-data">开放数据</a>
              <a href="/login">工作人员登录</a>
            </nav>
          </div>
        </header>
        <main id="content" className="public-shell public-main">
          {children}
        </main>
        <footer className="public-footer">
          <div className="public-shell">
            依据《中华人民共和国政府信息公开条例》第四十九条、第五十条公开的政府信息公开工作年度报告。
          </div>
        </footer>
      </body>
    </html>
  );
}

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
    { title: "未找到", description: "未找到该页面或报告。", path: "/", noIndex: true },
    <>
      <h1 className="page-title">未找到</h1>
      <p>未找到该页面或年度报告。报告可能尚未发布，或地址有误。</p>
      <p>
        <a href="/">返回年度报告首页</a>
      </p>
    </>,
    { status: 404 },
  );
}
