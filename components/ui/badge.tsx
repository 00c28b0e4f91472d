import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const badgeVariants = cva(
  "inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-xs font-medium",
  {
    variants: {
      tone: {
        neutral: "bg-slate-100 text-slate-700",
        info: "bg-blue-100 text-blue-800",
        success: "bg-emerald-100 text-emerald-800",
        strongSuccess: "bg-emerald-700 text-white",
        warning: "bg-amber-100 text-amber-900",
        danger: "bg-red-100 text-red-800",
        brand: "bg-brand text-white",
      },
    },
    defaultVariants: { tone: "neutral" },
  },
);

/** A short status word (已发布, 已逾期 3 天). Colour is never the only sign: the word says it. */
export function Badge({
  className,
  tone,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone }), className)} {...props} />;
}
