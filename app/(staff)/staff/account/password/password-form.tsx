"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { FieldError, fieldClass, labelClass } from "@/components/admin/field";
import { PASSWORD_RULES } from "@/lib/password-rules";
import { changePasswordAction, type ChangePasswordState } from "./actions";
import { changePasswordSchema, type ChangePasswordFields } from "./schema";

const FIELDS = [
  { name: "currentPassword", label: "当前密码", autoComplete: "current-password" },
  { name: "newPassword", label: "新密码", autoComplete: "new-password" },
  { name: "confirmPassword", label: "再次输入新密码", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const [state, setState] = useState<ChangePasswordState>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<ChangePasswordFields>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const answer = await changePasswordAction(values);
      setState(answer);
      if (answer?.field === "currentPassword" || answer?.field === "newPassword")
        form.setError(answer.field, { message: answer.message });
    }),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label htmlFor={field.name} className={labelClass}>
            {field.label}
          </label>
          <input
            id={field.name}
            type="password"
            autoComplete={field.autoComplete}
            className={fieldClass}
            aria-invalid={errors[field.name] ? true : undefined}
            aria-describedby={field.name === "newPassword" ? "newPassword-error password-rules" : `${field.name}-error`}
            {...form.register(field.name)}
          />
          {field.name === "newPassword" && (
            <ul
              id="password-rules"
              aria-label="密码要求"
              className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-600"
            >
              {PASSWORD_RULES.map((rule) => (
                <li key={rule}>{rule}</li>
              ))}
            </ul>
          )}
          <FieldError id={`${field.name}-error`} message={errors[field.name]?.message} />
        </div>
      ))}
      {state?.message && !state.field && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          ⚠ {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {pending ? "正在保存…" : "修改密码"}
      </button>
    </form>
  );
}
