import type { ReactNode } from "react";

// The 404 and error pages Next.js renders (app/not-found.tsx, app/error.tsx) inside the staff
// pages' frame: the public site's look — the red band, the status in large red figures.

export function ErrorScreen({ code, title, children }: { code: string; title: string; children: ReactNode }) {
  return (
    <div className="min-h-[60vh] border-t-[3px] border-red-700 bg-white">
      <div className="mx-auto max-w-xl px-5 py-12 text-center leading-relaxed">
        <p aria-hidden="true" className="text-6xl font-bold tracking-widest text-red-700">
          {code}
        </p>
        <h1 className="mt-4 text-2xl font-semibold">{title}</h1>
        <div className="mt-3 space-y-3 text-slate-700">{children}</div>
      </div>
    </div>
  );
}
