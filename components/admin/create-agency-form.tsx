"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { createAgencySchema, type CreateAgencyFields } from "@/lib/requests/agencies";

type Props = {
  governments: { id: string; name: string }[];
  create: (input: CreateAgencyFields) => Promise<ActionResult & { field?: string }>;
  suggestCode: (input: { name: string }) => Promise<{ code: string } | null>;
};

const KINDS = [
  { value: "DEPARTMENT", label: "部门" },
  { value: "TOWNSHIP", label: "乡镇" },
  { value: "GOVERNMENT", label: "政府" },
];
const LEVELS = [
  { value: "PROVINCE", label: "省级" },
  { value: "CITY", label: "市级" },
  { value: "COUNTY", label: "县级" },
];

/** 新增机构: name, code (suggested from the pinyin on request), type, level for governments, parent. */
export function CreateAgencyForm({ governments, create, suggestCode }: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<CreateAgencyFields>({
    resolver: zodResolver(createAgencySchema),
    defaultValues: { name: "", code: "", kind: "DEPARTMENT", level: "", parentId: governments[0]?.id ?? "" },
  });
  const kind = useWatch({ control: form.control, name: "kind" });
  const errors = form.formState.errors;

  const onSubmit = form.handleSubmit((values) =>
    startTransition(async () => {
      const answer = await create(values);
      setResult(answer);
      if (answer.ok) form.reset({ ...values, name: "", code: "" });
      else if (answer.field === "name" || answer.field === "code" || answer.field === "parentId")
        form.setError(answer.field, { message: answer.message });
    }),
  );
  const suggest = () =>
    startTransition(async () => {
      const suggestion = await suggestCode({ name: form.getValues("name") });
      if (suggestion) form.setValue("code", suggestion.code, { shouldValidate: true });
      else form.setError("name", { message: "请先填写名称" });
    });

  return (
    <form onSubmit={onSubmit} noValidate className={cn(cardClass, "grid gap-4 sm:grid-cols-2")}>
      <Field id="agency-name" label="名称" error={errors.name?.message}>
        {(control) => <Input {...control} {...form.register("name")} />}
      </Field>
      <Field id="agency-code" label="代码（用于网址，可留空自动生成）" error={errors.code?.message}>
        {(control) => (
          <div className="flex gap-2">
            <Input {...control} {...form.register("code")} />
            <Button variant="secondary" onClick={suggest} disabled={pending}>
              按拼音生成
            </Button>
          </div>
        )}
      </Field>
      <Field id="agency-kind" label="类型">
        {(control) => (
          <Controller
            control={form.control}
            name="kind"
            render={({ field }) => (
              <Select {...control} options={KINDS} value={field.value} onValueChange={field.onChange} />
            )}
          />
        )}
      </Field>
      {kind === "GOVERNMENT" && (
        <Field id="agency-level" label="级别" error={errors.level?.message}>
          {(control) => (
            <Controller
              control={form.control}
              name="level"
              render={({ field }) => (
                <Select
                  {...control}
                  options={LEVELS}
                  placeholder="请选择"
                  value={field.value || undefined}
                  onValueChange={field.onChange}
                />
              )}
            />
          )}
        </Field>
      )}
      <Field id="agency-parent" label="上级政府" error={errors.parentId?.message}>
        {(control) => (
          <Controller
            control={form.control}
            name="parentId"
            render={({ field }) => (
              <Select
                {...control}
                options={governments.map((government) => ({ value: government.id, label: government.name }))}
                value={field.value}
                onValueChange={field.onChange}
              />
            )}
          />
        )}
      </Field>
      <div className="space-y-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          {pending ? "处理中…" : "创建机构"}
        </Button>
        <ActionMessage result={result} />
      </div>
    </form>
  );
}
