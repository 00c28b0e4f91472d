"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
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
        <Field
          key={field.name}
          id={field.name}
          label={field.label}
          error={errors[field.name]?.message}
          hint={
            field.name === "newPassword" && (
              <ul aria-label="密码要求" className="list-disc space-y-0.5 pl-5">
                {PASSWORD_RULES.map((rule) => (
                  <li key={rule}>{rule}</li>
                ))}
              </ul>
            )
          }
        >
          {(control) => (
            <Input {...control} type="password" autoComplete={field.autoComplete} {...form.register(field.name)} />
          )}
        </Field>
      ))}
      {state?.message && !state.field && (
        <Alert role="alert" tone="danger">
          {state.message}
        </Alert>
      )}
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? "正在保存…" : "修改密码"}
      </Button>
    </form>
  );
}
