import { cva, type VariantProps } from "class-variance-authority";
import { CircleAlert, CircleCheck, Info, TriangleAlert } from "lucide-react";
import { cn } from "./cn";

const alertVariants = cva("flex items-start gap-2 rounded-md border px-3 py-2 text-sm leading-6", {
  variants: {
    tone: {
      info: "border-blue-200 bg-blue-50 text-blue-950",
      success: "border-emerald-300 bg-emerald-50 text-emerald-900",
      warning: "border-amber-300 bg-amber-50 text-amber-950",
      danger: "border-red-300 bg-red-50 text-red-900",
    },
  },
  defaultVariants: { tone: "info" },
});

const ICONS = { info: Info, success: CircleCheck, warning: TriangleAlert, danger: CircleAlert } as const;

/** A notice in the page: an icon and words (never colour alone); `role` is the caller's choice. */
export function Alert({
  tone,
  className,
  children,
  ...props
}: React.ComponentProps<"div"> & VariantProps<typeof alertVariants>) {
  const Icon = ICONS[tone ?? "info"];
  return (
    <div className={cn(alertVariants({ tone }), className)} {...props}>
      <Icon aria-hidden className="mt-1 size-4 shrink-0" />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
