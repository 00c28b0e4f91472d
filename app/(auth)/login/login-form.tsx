"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useActionState, useTransition } from "react";
import { useForm } from "react-hook-form";
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
      <div className="space-y-1">
        <label htmlFor="email" className="block text-sm font-medium">
          邮箱
        </label>
        <input
          id="email"
          type="email"
          autoComplete="username"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          className="w-full rounded border border-slate-300 px-3 py-2 focus:outline-2 focus:outline-blue-600"
          {...form.register("email")}
        />
        {errors.email && (
          <p id="email-error" className="text-sm text-red-700">
            {errors.email.message}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor="password" className="block text-sm font-medium">
          密码
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          className="w-full rounded border border-slate-300 px-3 py-2 focus:outline-2 focus:outline-blue-600"
          {...form.register("password")}
        />
        {errors.password && (
          <p id="password-error" className="text-sm text-red-700">
            {errors.password.message}
          </p>
        )}
      </div>
      {state?.message && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800">
          ⚠ {state.message}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-blue-700 px-4 py-2 font-medium text-white hover:bg-blue-800 disabled:opacity-60"
      >
        {pending ? "正在登录…" : "登录"}
      </button>
    </form>
  );
}
