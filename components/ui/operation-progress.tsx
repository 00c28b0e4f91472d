"use client";

import { Loader2 } from "lucide-react";
import { useEffect, useState } from "react";

type OperationProgressProps = {
  /** What is being done, e.g. 正在生成汇总报告. */
  title: string;
  /** The steps the server goes through, in order, as the user should understand them. */
  steps: readonly string[];
};

/**
 * Shown while a long server operation runs (a summary, an import): what it does, step by step, and
 * how long it has been running. The server does not report which step it is on, so no step is
 * claimed as current and no percentage is invented: a moving bar and the elapsed seconds say it is alive.
 */
export function OperationProgress({ title, steps }: OperationProgressProps) {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = window.setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <div role="status" aria-live="polite" className="rounded-md border border-blue-200 bg-blue-50 px-3 py-2 text-sm">
      <p className="flex items-center gap-2 font-medium text-blue-950">
        <Loader2 aria-hidden className="size-4 animate-spin" />
        {title}…
        <span aria-hidden className="font-normal text-slate-700 tabular-nums">
          已用 {seconds} 秒
        </span>
      </p>
      <div aria-hidden className="mt-2 h-1.5 overflow-hidden rounded bg-blue-100">
        <div className="h-full w-1/3 animate-[progress-slide_1.4s_ease-in-out_infinite] rounded bg-blue-700" />
      </div>
      <ol className="mt-2 list-decimal space-y-0.5 pl-5 text-slate-800">
        {steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
    </div>
  );
}
