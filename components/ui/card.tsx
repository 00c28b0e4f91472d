import { cn } from "./cn";

export const cardClass = "rounded-lg border border-slate-200 bg-white p-4 sm:p-5";

/** A white panel with a rule: groups a form or a block of facts on a page (a <form> takes `cardClass`). */
export function Card({ className, ...props }: React.ComponentProps<"div">) {
  return <div className={cn(cardClass, className)} {...props} />;
}

/** A card's heading (an h2 unless told otherwise), with the section rule of the public pages. */
export function CardTitle({
  as: Heading = "h2",
  className,
  ...props
}: React.ComponentProps<"h2"> & { as?: "h2" | "h3" }) {
  return (
    <Heading
      className={cn("mb-3 border-l-4 border-brand pl-2 text-base font-semibold leading-6", className)}
      {...props}
    />
  );
}
