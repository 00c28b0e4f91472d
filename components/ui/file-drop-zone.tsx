"use client";

import { FileUp } from "lucide-react";
import { useState } from "react";
import { cn } from "./cn";

type FileDropZoneProps = Omit<React.ComponentProps<"input">, "type" | "onChange"> & {
  id: string;
  label: React.ReactNode;
  /** Which files are taken, said in words ("CSV 或 Excel（.xlsx），第一行为表头"). */
  hint?: React.ReactNode;
  error?: string;
  onFiles?: (files: File[]) => void;
};

/**
 * A file picker that is also a drop target. The real `<input type="file">` stays in the page
 * (visually hidden, labelled, focusable), so keyboards, screen readers, plain form posts and
 * Playwright's `setInputFiles` all work; a drop fills that same input.
 */
export function FileDropZone({ id, label, hint, error, onFiles, className, ref, ...input }: FileDropZoneProps) {
  const [names, setNames] = useState<string[]>([]);
  const [over, setOver] = useState(false);
  const take = (element: HTMLInputElement) => {
    const files = Array.from(element.files ?? []);
    setNames(files.map((file) => file.name));
    onFiles?.(files);
  };
  return (
    <div className={cn("space-y-1", className)}>
      <label
        htmlFor={id}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(event) => {
          event.preventDefault();
          setOver(false);
          const element = document.getElementById(id) as HTMLInputElement | null;
          if (!element || !event.dataTransfer.files.length) return;
          element.files = event.dataTransfer.files;
          take(element);
        }}
        className={cn(
          "flex cursor-pointer flex-col items-center gap-1 rounded-lg border-2 border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-700 hover:border-slate-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-blue-700",
          over && "border-blue-700 bg-blue-50",
          error && "border-red-600",
        )}
      >
        <FileUp aria-hidden className="size-6 text-slate-500" />
        <span className="font-medium text-slate-900">{label}</span>
        <span>
          拖放文件到这里，或<span className="text-blue-700 underline">选择文件</span>
        </span>
        {names.length > 0 && (
          <span className="mt-1 break-all text-slate-900" aria-live="polite">
            已选择：{names.join("、")}
          </span>
        )}
        <input
          ref={ref}
          id={id}
          type="file"
          className="sr-only"
          aria-describedby={[error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => take(event.currentTarget)}
          {...input}
        />
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-red-700">
          ⚠ {error}
        </p>
      )}
    </div>
  );
}
