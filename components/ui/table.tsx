import { cn } from "./cn";

type TableProps = React.ComponentProps<"table"> & {
  /** Names the table and its scrolling box (required: a scrollable box must be named and focusable). */
  label: string;
  /** Classes of the box around the table. */
  boxClassName?: string;
};

/**
 * A data table in its own box: on a narrow screen the box scrolls sideways, the page does not
 * widen. The first column stays in place while scrolling when its cells are `TableHead scope="row"`
 * or carry `sticky`. Cell padding and rules are set once here, so rows stay lean for long lists.
 */
export function Table({ label, className, boxClassName, ...props }: TableProps) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={cn(
        "max-w-full overflow-x-auto rounded-md border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700",
        boxClassName,
      )}
    >
      <table
        aria-label={label}
        className={cn(
          "w-full border-collapse text-sm [&_td]:px-3 [&_td]:py-2 [&_th]:px-3 [&_th]:py-2 [&_th]:text-left [&_th]:font-semibold",
          className,
        )}
        {...props}
      />
    </div>
  );
}

export function TableHeader({ className, ...props }: React.ComponentProps<"thead">) {
  return <thead className={cn("bg-slate-50 text-slate-700", className)} {...props} />;
}

export function TableBody({ className, ...props }: React.ComponentProps<"tbody">) {
  return <tbody className={cn("[&_tr]:border-t [&_tr]:border-slate-200", className)} {...props} />;
}

export function TableRow({ className, ...props }: React.ComponentProps<"tr">) {
  return <tr className={cn("align-top", className)} {...props} />;
}

export function TableHead({ className, ...props }: React.ComponentProps<"th">) {
  return <th className={cn("whitespace-nowrap", className)} {...props} />;
}

export function TableCell({
  className,
  numeric = false,
  ...props
}: React.ComponentProps<"td"> & { /** Right-aligned, tabular figures. */ numeric?: boolean }) {
  return <td className={cn(numeric && "text-right tabular-nums", className)} {...props} />;
}
