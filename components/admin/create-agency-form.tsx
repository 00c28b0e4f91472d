"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import type { ActionResult } from "@/lib/action-result";
import { createAgencySchema, type CreateAgencyFields } from "@/lib/requests/agencies";
import { FieldError, fieldClass, labelClass } from "./field";

type Props = {
  governments: { id: string; name: string }[];
  create: (input: CreateAgencyFields) => Promise<ActionResult & { field?: string }>;
  suggestCode: (input: { name: string }) => Promise<{ code: string } | null>;
};

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
    <form
      onSubmit={onSubmit}
      noValidate
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 sm:grid-cols-2"
    >
      <div>
        <label htmlFor="agency-name" className={labelClass}>
          名称
        </label>
        <input
          id="agency-name"
          className={fieldClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby="agency-name-error"
          {...form.register("name")}
        />
        <FieldError id="agency-name-error" message={errors.name?.message} />
      </div>
      <div>
        <label htmlFor="agency-code" className={labelClass}>
          代码（用于网址，可留空自动生成）
        </label>
        <div className="flex gap-2">
          <input
            id="agency-code"
            className={fieldClass}
            aria-invalid={errors.code ? true : undefined}
            aria-describedby="agency-code-error"
            {...form.register("code")}
          />
          <button
            type="button"
            onClick={suggest}
            disabled={pending}
            className="shrink-0 rounded border border-slate-300 px-2 text-sm hover:bg-slate-100"
          >
            按拼音生成
          </button>
        </div>
        <FieldError id="agency-code-error" message={errors.code?.message} />
      </div>
      <div>
        <label htmlFor="agency-kind" className={labelClass}>
          类型
        </label>
        <select id="agency-kind" className={fieldClass} {...form.register("kind")}>
          <option value="DEPARTMENT">部门</option>
          <option value="TOWNSHIP">乡镇</option>
          <option value="GOVERNMENT">政府</option>
        </select>
      </div>
      {kind === "GOVERNMENT" && (
        <div>
          <label htmlFor="agency-level" className={labelClass}>
            级别
          </label>
          <select
            id="agency-level"
            className={fieldClass}
            aria-invalid={errors.level ? true : undefined}
            aria-describedby="agency-level-error"
            {...form.register("level")}
          >
            <option value="">请选择</option>
            <option value="PROVINCE">省级</option>
            <option value="CITY">市级</option>
            <option value="COUNTY">县级</option>
          </select>
          <FieldError id="agency-level-error" message={errors.level?.message} />
        </div>
      )}
      <div>
        <label htmlFor="agency-parent" className={labelClass}>
          上级政府
        </label>
        <select
          id="agency-parent"
          className={fieldClass}
          aria-invalid={errors.parentId ? true : undefined}
          aria-describedby="agency-parent-error"
          {...form.register("parentId")}
        >
          {governments.map((government) => (
            <option key={government.id} value={government.id}>
              {government.name}
            </option>
          ))}
        </select>
        <FieldError id="agency-parent-error" message={errors.parentId?.message} />
      </div>
      <div className="space-y-2 sm:col-span-2">
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-blue-700 px-4 py-2 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-60"
        >
          {pending ? "处理中…" : "创建机构"}
        </button>
        <ActionMessage result={result} />
      </div>
    </form>
  );
}
