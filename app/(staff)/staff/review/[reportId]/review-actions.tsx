"use client";

import type { ActionResult } from "@/lib/action-result";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm, useWatch } from "react-hook-form";
import { ActionMessage } from "@/components/review/action-message";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import {
  approveReportAction,
  cancelPublicationAction,
  publishReportAction,
  reopenReportAction,
  returnReportAction,
} from "./actions";
import { publishFieldsSchema, returnFieldsSchema, type PublishFields, type ReturnFields } from "./schemas";

type Props = {
  reportId: string;
  version: number;
  status: ReportStatus;
  /** Publishing a correction needs a 更正说明. */
  correction: boolean;
  /** Beijing time now, as a datetime-local value: the earliest a publication may be scheduled. */
  earliestPublishAt: string;
  /** A scheduled publication not yet visible to citizens, as words. */
  scheduledFor: string | null;
};

/** The reviewer's decisions for the report's current state; each one answers with the server's message. */
export function ReviewActions(props: Props) {
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult>) => startTransition(async () => setResult(await action()));
  const shared = { ...props, pending, run };

  return (
    <div className="space-y-3">
      {props.status === "SUBMITTED" && (
        <div className="grid gap-4 md:grid-cols-2">
          <ReturnForm {...shared} />
          <div className="space-y-2">
            <p className="text-sm text-slate-700">报告没有错误、内容属实时审核通过；审核通过后即可发布。</p>
            <Button
              disabled={pending}
              onClick={() => run(() => approveReportAction({ reportId: props.reportId, version: props.version }))}
            >
              审核通过
            </Button>
          </div>
        </div>
      )}
      {props.status === "APPROVED" && <PublishForm {...shared} />}
      {props.status === "PUBLISHED" && (
        <div className="space-y-2">
          {props.scheduledFor && (
            <Alert tone="info" className="[&>div]:space-y-2">
              <p>已定时发布：{props.scheduledFor} 起公众可见。在此之前可以取消，报告回到“已审核”状态。</p>
              <Button
                variant="secondary"
                disabled={pending}
                onClick={() => run(() => cancelPublicationAction({ reportId: props.reportId, version: props.version }))}
              >
                取消定时发布
              </Button>
            </Alert>
          )}
          <p className="text-sm text-slate-700">
            发现已发布的报告有误时，可以开始更正：填报人在新的修订版上修改并重新提交，原报告在更正发布前继续公开。
          </p>
          <Button
            variant="secondary"
            disabled={pending}
            onClick={() => run(() => reopenReportAction({ reportId: props.reportId, version: props.version }))}
          >
            更正
          </Button>
        </div>
      )}
      {(props.status === "DRAFT" || props.status === "RETURNED") && (
        <p className="text-sm text-slate-600">
          报告在填报人处（{props.status === "DRAFT" ? "草稿" : "已退回"}），提交后才能审核。
        </p>
      )}
      <ActionMessage result={result} />
    </div>
  );
}

type FormProps = Props & { pending: boolean; run: (action: () => Promise<ActionResult>) => void };

function ReturnForm({ reportId, version, pending, run }: FormProps) {
  const form = useForm<ReturnFields>({ resolver: zodResolver(returnFieldsSchema), defaultValues: { reason: "" } });
  const error = form.formState.errors.reason;
  const onSubmit = form.handleSubmit((values) => run(() => returnReportAction({ reportId, version, ...values })));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2">
      <label htmlFor="return-reason" className="block text-sm font-medium text-slate-800">
        退回理由
      </label>
      <Textarea
        id="return-reason"
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "return-reason-error" : undefined}
        {...form.register("reason")}
      />
      <FieldError id="return-reason-error" message={error?.message} />
      <Button type="submit" variant="danger" disabled={pending}>
        退回修改
      </Button>
    </form>
  );
}

function PublishForm({ reportId, version, correction, earliestPublishAt, pending, run }: FormProps) {
  const form = useForm<PublishFields>({
    resolver: zodResolver(publishFieldsSchema),
    defaultValues: { when: "now", publishAt: "", correction, correctionNote: "" },
  });
  const when = useWatch({ control: form.control, name: "when" });
  const errors = form.formState.errors;
  const onSubmit = form.handleSubmit((values) => run(() => publishReportAction({ reportId, version, ...values })));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3">
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium">发布时间</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="now" className="accent-brand" {...form.register("when")} /> 立即发布
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" value="scheduled" className="accent-brand" {...form.register("when")} /> 定时发布
        </label>
      </fieldset>
      {when === "scheduled" && (
        <div className="space-y-1">
          <label htmlFor="publish-at" className="block text-sm font-medium text-slate-800">
            公开时间（北京时间）
          </label>
          <Input
            id="publish-at"
            type="datetime-local"
            min={earliestPublishAt}
            className="max-w-xs"
            aria-invalid={errors.publishAt ? true : undefined}
            aria-describedby={errors.publishAt ? "publish-at-error" : undefined}
            {...form.register("publishAt")}
          />
          <FieldError id="publish-at-error" message={errors.publishAt?.message} />
        </div>
      )}
      {correction && (
        <div className="space-y-1">
          <label htmlFor="correction-note" className="block text-sm font-medium text-slate-800">
            更正说明
          </label>
          <Textarea
            id="correction-note"
            rows={3}
            aria-invalid={errors.correctionNote ? true : undefined}
            aria-describedby={errors.correctionNote ? "correction-note-error" : "correction-note-help"}
            {...form.register("correctionNote")}
          />
          <p id="correction-note-help" className="text-xs text-slate-500">
            将显示在公开页面上，说明更正了什么、为什么更正。
          </p>
          <FieldError id="correction-note-error" message={errors.correctionNote?.message} />
        </div>
      )}
      <Button type="submit" disabled={pending}>
        {when === "scheduled" ? "定时发布" : "发布"}
      </Button>
    </form>
  );
}
