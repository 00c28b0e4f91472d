"use client";

import * as SelectPrimitive from "@radix-ui/react-select";
import { Check, ChevronDown } from "lucide-react";
import { cn } from "./cn";

export type SelectOption = {
  value: string;
  label: string;
  /** Indentation in a tree (agencies under their government). */
  depth?: number;
};

type SelectProps = Omit<React.ComponentProps<typeof SelectPrimitive.Root>, "children"> & {
  id?: string;
  options: readonly SelectOption[];
  placeholder?: string;
  className?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
  "aria-label"?: string;
};

/**
 * A single choice from a list. Give it a `name` and it takes part in a plain form (Radix renders a
 * hidden native select); with react-hook-form, wire `value`/`onValueChange` through a Controller.
 * Radix keeps "" for "nothing chosen": use `placeholder`, never an option with an empty value.
 */
export function Select({ id, options, placeholder, className, ...props }: SelectProps) {
  const { "aria-invalid": invalid, "aria-describedby": describedBy, "aria-label": label, ...root } = props;
  return (
    <SelectPrimitive.Root {...root}>
      <SelectPrimitive.Trigger
        id={id}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-label={label}
        className={cn(
          "flex h-9 w-full min-w-0 items-center justify-between gap-2 rounded-md border border-slate-400 bg-white px-3 text-left text-sm text-slate-900 focus-visible:border-blue-700 focus-visible:outline-2 focus-visible:outline-blue-700/40 disabled:opacity-60 aria-[invalid=true]:border-red-600 data-[placeholder]:text-slate-500",
          className,
        )}
      >
        <span className="truncate">
          <SelectPrimitive.Value placeholder={placeholder} />
        </span>
        <SelectPrimitive.Icon>
          <ChevronDown aria-hidden className="size-4 text-slate-500" />
        </SelectPrimitive.Icon>
      </SelectPrimitive.Trigger>
      <SelectPrimitive.Portal>
        <SelectPrimitive.Content
          position="popper"
          sideOffset={4}
          className="z-50 max-h-[min(24rem,var(--radix-select-content-available-height))] min-w-[var(--radix-select-trigger-width)] max-w-[calc(100vw-1rem)] overflow-hidden rounded-md border border-slate-200 bg-white shadow-lg"
        >
          <SelectPrimitive.Viewport className="p-1">
            {options.map((option) => (
              <SelectPrimitive.Item
                key={option.value}
                value={option.value}
                className="relative flex cursor-default select-none items-center rounded py-1.5 pr-8 text-sm outline-none data-[disabled]:opacity-50 data-[highlighted]:bg-slate-100"
                style={{ paddingLeft: `${0.5 + (option.depth ?? 0) * 1}rem` }}
              >
                <SelectPrimitive.ItemText>{option.label}</SelectPrimitive.ItemText>
                <SelectPrimitive.ItemIndicator className="absolute right-2">
                  <Check aria-hidden className="size-4" />
                </SelectPrimitive.ItemIndicator>
              </SelectPrimitive.Item>
            ))}
          </SelectPrimitive.Viewport>
        </SelectPrimitive.Content>
      </SelectPrimitive.Portal>
    </SelectPrimitive.Root>
  );
}
