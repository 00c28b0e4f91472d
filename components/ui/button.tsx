"use client";

import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const buttonVariants = cva(
  "inline-flex shrink-0 items-center justify-center gap-1.5 whitespace-nowrap rounded-md font-medium transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 disabled:pointer-events-none disabled:opacity-60 [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-brand text-white hover:bg-brand-strong",
        secondary: "border border-slate-300 bg-white text-slate-900 hover:bg-slate-100",
        danger: "border border-red-300 bg-white text-red-800 hover:bg-red-50",
        dangerSolid: "bg-red-700 text-white hover:bg-red-800",
        ghost: "text-slate-800 hover:bg-slate-100",
        link: "px-0 text-blue-700 underline underline-offset-2 hover:text-blue-900",
      },
      size: {
        sm: "h-8 px-3 text-sm",
        md: "h-9 px-4 text-sm",
        lg: "h-11 px-5 text-base",
        icon: "size-9",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = React.ComponentProps<"button"> &
  VariantProps<typeof buttonVariants> & {
    /** Render the one child (a link) with the button's look instead of a <button>. */
    asChild?: boolean;
  };

/** The one button: primary (one per form), secondary, danger, ghost, link; sm/md/lg/icon. */
export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : (type ?? "button")}
      className={cn(buttonVariants({ variant, size }), variant === "link" && "h-auto", className)}
      {...props}
    />
  );
}
