"use client";

import { useId, useState } from "react";
import { Checkbox } from "./checkbox";
import { cn } from "./cn";
import { FieldError } from "./field";
import { Input } from "./input";
import type { SelectOption } from "./select";

type CheckboxGroupProps = {
  legend: React.ReactNode;
  options: readonly SelectOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** Only one may be checked (checking another unchecks the first), e.g. a clerk's one agency. */
  single?: boolean;
  hint?: React.ReactNode;
  error?: string;
  /** Show a search box above the list from this many options on. */
  filterFrom?: number;
  className?: string;
};

/**
 * Choosing some of a list (agencies, roles) with checkboxes in a scrolling box, with a search box
 * for long lists: the accessible replacement of a multi-select list box.
 */
export function CheckboxGroup({
  legend,
  options,
  value,
  onChange,
  single = false,
  hint,
  error,
  filterFrom = 12,
  className,
}: CheckboxGroupProps) {
  const id = useId();
  const [filter, setFilter] = useState("");
  const shown = filter.trim() ? options.filter((option) => option.label.includes(filter.trim())) : options;
  const toggle = (option: string, checked: boolean) => {
    if (single) return onChange(checked ? [option] : []);
    onChange(checked ? [...value, option] : value.filter((entry) => entry !== option));
  };
  const describedBy = [error && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className={cn("min-w-0 space-y-1", className)} aria-describedby={describedBy}>
      <legend className="mb-1 text-sm font-medium text-slate-800">
        {legend}
        {value.length > 0 && <span className="ml-2 font-normal text-slate-600">已选 {value.length} 个</span>}
      </legend>
      {options.length >= filterFrom && (
        <Input
          type="search"
          aria-label="筛选"
          placeholder="输入名称筛选"
          value={filter}
          onChange={(event) => setFilter(event.target.value)}
          className="mb-1"
        />
      )}
      <ul
        className={cn(
          "max-h-56 overflow-y-auto rounded-md border border-slate-300 bg-white p-1",
          error && "border-red-600",
        )}
      >
        {shown.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <li
              key={option.value}
              className="flex items-center gap-2 rounded px-2 py-1 hover:bg-slate-50"
              style={{ paddingLeft: `${0.5 + (option.depth ?? 0) * 1}rem` }}
            >
              <Checkbox
                id={optionId}
                checked={value.includes(option.value)}
                onCheckedChange={(checked) => toggle(option.value, checked === true)}
              />
              <label htmlFor={optionId} className="text-sm">
                {option.label}
              </label>
            </li>
          );
        })}
        {shown.length === 0 && <li className="px-2 py-1 text-sm text-slate-600">没有符合的项。</li>}
      </ul>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </fieldset>
  );
}
