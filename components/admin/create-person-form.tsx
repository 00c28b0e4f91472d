"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import { createPersonSchema, type CreatePersonFields } from "@/lib/requests/people";
import type { AgencyKind } from "@/lib/generated/prisma/enums";
import { PASSWORD_RULES } from "@/lib/password-rules";
import { ROLE_LABELS } from "@/lib/labels";
import { FieldError, fieldClass, labelClass } from "./field";

type Props = {
  agencies: { id: string; name: string; kind: AgencyKind; depth: number }[];
  create: (input: CreatePersonFields) => Promise<ActionResult & { field?: string }>;
};

/** Which agencies a role can be given on: 填报人 of departments and 乡镇, admins of governments. */
function fits(role: CreatePersonFields["role"], kind: AgencyKind): boolean {
  if (role === "CLERK") return kind !== "GOVERNMENT";
  if (role === "ADMIN") return kind === "GOVERNMENT";
  return true;
}

/** 新建账号: the person, an initial password they must change, and one role on one or more agencies. */
export function CreatePersonForm({ agencies, create }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<CreatePersonFields>({
    resolver: zodResolver(createPersonSchema),
    defaultValues: { name: "", email: "", password: "", role: "CLERK", agencyIds: [] },
  });
  const role = useWatch({ control: form.control, name: "role" });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const answer = await create(values);
      setResult(answer);
      if (answer.ok) form.reset();
      else if (answer.field === "email") form.setError("email", { message: answer.message });
    }),
  );

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-3"
    >
      <div>
        <label htmlFor="person-name" className={labelClass}>
          姓名
        </label>
        <input
          id="person-name"
          className={fieldClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby="person-name-error"
          {...form.register("name")}
        />
        <FieldError id="person-name-error" message={errors.name?.message} />
      </div>
      <div>
        <label htmlFor="person-email" className={labelClass}>
          邮箱（登录名）
        </label>
        <input
          id="person-email"
          type="email"
          autoComplete="off"
          className={fieldClass}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby="person-email-error"
          {...form.register("email")}
        />
        <FieldError id="person-email-error" message={errors.email?.message} />
      </div>
      <div>
        <label htmlFor="person-password" className={labelClass}>
          初始密码
        </label>
        <input
          id="person-password"
          type="text"
          autoComplete="new-password"
          className={fieldClass}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby="person-password-error person-password-rules"
          {...form.register("password")}
        />
        <p id="person-password-rules" className="mt-1 text-xs text-slate-600">
          {PASSWORD_RULES.slice(0, 3).join("；")}；不能是常见的弱密码
        </p>
        <FieldError id="person-password-error" message={errors.password?.message} />
      </div>
      <div>
        <label htmlFor="person-role" className={labelClass}>
          角色
        </label>
        <select
          id="person-role"
          className={fieldClass}
          {...form.register("role", { onChange: () => form.setValue("agencyIds", []) })}
        >
          {(["CLERK", "SUPERVISOR", "ADMIN", "AUDITOR"] as const).map((value) => (
            <option key={value} value={value}>
              {ROLE_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="sm:col-span-2">
        <label htmlFor="person-agencies" className={labelClass}>
          机构（审核人可按住 Ctrl 多选）
        </label>
        <select
          id="person-agencies"
          multiple
          size={6}
          className={fieldClass}
          aria-invalid={errors.agencyIds ? true : undefined}
          aria-describedby="person-agencies-error"
          {...form.register("agencyIds")}
        >
          {agencies
            .filter((agency) => fits(role, agency.kind))
            .map((agency) => (
              <option key={agency.id} value={agency.id}>
                {"　".repeat(agency.depth)}
                {agency.name}
              </option>
            ))}
        </select>
        <FieldError id="person-agencies-error" message={errors.agencyIds?.message} />
      </div>
      <div className="space-y-2 sm:col-span-3">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? "处理中…" : "创建账号"}
        </button>
        <ActionMessage result={result} />
      </div>
    </form>
  );
}
