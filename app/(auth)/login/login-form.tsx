"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { signInAction, type SignInState } from "./actions";
import { signInSchema, type SignInInput } from "./schema";

export function LoginForm({ next }: { next?: string }) {
  const [state, formAction] = useActionState<SignInState, FormData>(signInAction, null);
  const [pending, startTransition] = useTransition();
  const form = useForm<SignInInput>({
    resolver: zodResolver(signInSchema),
    defaultValues: { email: "", password: "" },
  });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) => {
    const data = new FormData();
    data.set("email", values.email);
    data.set("password", values.password);
    if (next) data.set("next", next);
    startTransition(() => formAction(data));
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="email" label="邮箱" error={errors.email?.message}>
        {(control) => (
          <Input {...control} type="email" autoComplete="username" className="h-10" {...form.register("email")} />
        )}
      </Field>
      <Field id="password" label="密码" error={errors.password?.message}>
        {(control) => (
          <Input
            {...control}
            type="password"
            autoComplete="current-password"
            className="h-10"
            {...form.register("password")}
          />
        )}
      </Field>
      {state?.message && (
        <Alert role="alert" tone="danger">
          {state.message}
        </Alert>
      )}
      <Button type="submit" size="lg" disabled={pending} className="w-full">
        {pending ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
