"use client";

import { Toaster as Sonner } from "sonner";

export { toast } from "sonner";

/** Where toasts appear: once per layout. Toasts confirm what already happened; refusals stay next to the form. */
export function Toaster() {
  return (
    <Sonner
      position="top-center"
      closeButton
      toastOptions={{
        classNames: {
          toast: "!font-sans !text-sm !rounded-md !border !border-slate-200",
          success: "!text-emerald-900",
          error: "!text-red-800",
        },
      }}
    />
  );
}
