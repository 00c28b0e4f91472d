/* eslint-disable @next/next/no-html-link-for-pages -- the public pages are plain HTML outside the Next.js router: a link to them is an <a>. */
import type { ReactNode } from "react";

// The 404 and error pages Next.js renders (app/not-found.tsx, app/error.tsx): the public site's
// look — the red band, the site's name, the status in large figures — for staff and citizens alike.

export function ErrorScreen({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <div className="min-h-screen bg-white">
      <header className="border-b-[3px] border-red-700">
        <div className="mx-auto max-w-5xl px-5 py-4">
          <a href="/" className="text-xl font-bold text-red-800 no-underline">
            公开年报
          </a>
        </div>
      </header>
      <main className="mx-auto max-w-xl px-5 py-12 text-center leading-relaxed">
        <p aria-hidden="true" className="text-6xl font-bold tracking-widest text-red-700">
          {code}
        </p>
        <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
        <div className="mt-3 space-y-3 text-slate-700">{children}</div>
      </main>
    </div>
  );
}
