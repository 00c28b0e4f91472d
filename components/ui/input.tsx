import { cn } from "./cn";

export const inputClass =
  "block w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus-visible:border-blue-700 focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-blue-700/40 disabled:bg-slate-100 disabled:opacity-70 aria-[invalid=true]:border-red-600";

/** A text input with the kit's outline, focus ring and red border when `aria-invalid`. */
export function Input({ className, ...props }: React.ComponentProps<"input">) {
  return <input className={cn(inputClass, "h-9", className)} {...props} />;
}

/** A multi-line text input with the same look; Chinese prose gets a generous line height. */
export function Textarea({ className, ...props }: React.ComponentProps<"textarea">) {
  return <textarea className={cn(inputClass, "leading-7", className)} {...props} />;
}
