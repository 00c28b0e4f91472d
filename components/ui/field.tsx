import { CircleAlert } from "lucide-react";
import { cn } from "./cn";

/** What a control inside a Field spreads on itself: its id, and the ids of its hint and error. */
export type FieldControlProps = {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

type FieldProps = {
  /** The control's id; the hint and the error get ids derived from it. */
  id: string;
  label: React.ReactNode;
  /** A line under the control saying what is expected (rules, examples). */
  hint?: React.ReactNode;
  /** The message of a refused value: shown in red with an icon, and tied to the control. */
  error?: string;
  className?: string;
  children: (control: FieldControlProps) => React.ReactNode;
};

/**
 * A label, its control, a hint and an error, wired for screen readers:
 * `<Field id="name" label="名称" error={errors.name?.message}>{(control) => <Input {...control} />}</Field>`.
 */
export function Field({ id, label, hint, error, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      {children({ id, "aria-invalid": error ? true : undefined, "aria-describedby": describedBy })}
      {hint && (
        <div id={hintId} className="text-xs text-slate-600">
          {hint}
        </div>
      )}
      <FieldError id={errorId} message={error} />
    </div>
  );
}

/** A refused value's message: red, with an icon (never colour alone). */
export function FieldError({ id, message }: { id?: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="flex items-start gap-1 text-sm text-red-700">
      <CircleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
      <span>{message}</span>
    </p>
  );
}
