"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createPersonSchema, type CreatePersonFields } from "@/lib/requests/people";
import type { AgencyKind } from "@/lib/generated/prisma/enums";
import { PASSWORD_RULES } from "@/lib/password-rules";
import { ROLE_LABELS } from "@/lib/labels";

type Props = {
  agencies: { id: string; name: string; kind: AgencyKind; depth: number }[];
  create: (input: CreatePersonFields) => Promise<ActionResult & { field?: string }>;
};

const ROLES = (["CLERK", "SUPERVISOR", "ADMIN", "AUDITOR"] as const).map((value) => ({
  value,
  label: ROLE_LABELS[value],
}));

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
    <form onSubmit={onSubmit} noValidate className={cn(cardClass, "grid gap-4 sm:grid-cols-3")}>
      <Field id="person-name" label="姓名" error={errors.name?.message}>
        {(control) => <Input {...control} {...form.register("name")} />}
      </Field>
      <Field id="person-email" label="邮箱（登录名）" error={errors.email?.message}>
        {(control) => <Input {...control} type="email" autoComplete="off" {...form.register("email")} />}
      </Field>
      <Field
        id="person-password"
        label="初始密码"
        hint={`${PASSWORD_RULES.slice(0, 3).join("；")}；不能是常见的弱密码`}
        error={errors.password?.message}
      >
        {(control) => <Input {...control} type="text" autoComplete="new-password" {...form.register("password")} />}
      </Field>
      <Field id="person-role" label="角色">
        {(control) => (
          <Controller
            control={form.control}
            name="role"
            render={({ field }) => (
              <Select
                {...control}
                options={ROLES}
                value={field.value}
                onValueChange={(value) => {
                  field.onChange(value);
                  form.setValue("agencyIds", []);
                }}
              />
            )}
          />
        )}
      </Field>
      <Controller
        control={form.control}
        name="agencyIds"
        render={({ field }) => (
          <CheckboxGroup
            className="sm:col-span-2"
            legend="机构"
            hint={role === "CLERK" ? "填报人通常只负责一个机构；审核人可选多个机构。" : "可选多个机构。"}
            options={agencies
              .filter((agency) => fits(role, agency.kind))
              .map((agency) => ({ value: agency.id, label: agency.name, depth: agency.depth }))}
            value={field.value}
            onChange={field.onChange}
            error={errors.agencyIds?.message}
          />
        )}
      />
      <div className="space-y-2 sm:col-span-3">
        <Button type="submit" disabled={pending}>
          {pending ? "处理中…" : "创建账号"}
        </Button>
        <ActionMessage result={result} />
      </div>
    </form>
  );
}
