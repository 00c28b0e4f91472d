export const fieldClass =
  "w-full rounded border border-slate-300 px-3 py-1.5 text-sm focus:outline-2 focus:outline-blue-600 aria-[invalid]:border-red-500";
export const labelClass = "mb-1 block text-sm font-medium";

/** A field's error under it, in red with an icon (never colour alone). */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700">
      ⚠ {message}
    </p>
  );
}
