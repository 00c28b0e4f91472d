"use client";

import { useEffect, useRef, useState } from "react";
import { TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatTime } from "./save-status";
import { useWizardStore, useWizardValue } from "./wizard-context";
import type { Conflict, ConflictItem } from "./wizard-store";

type Choice = "mine" | "theirs";

function Shown({ value, long }: { value: string; long: boolean }) {
  if (value.trim() === "") return <span className="text-slate-500">（空白）</span>;
  if (!long) return <span className="tabular font-medium">{value}</span>;
  return (
    <span className="mt-1 block max-h-40 overflow-auto whitespace-pre-wrap rounded-md border border-slate-200 bg-slate-50 p-2 text-xs">
      {value}
    </span>
  );
}

function ConflictRow({
  item,
  choice,
  onChoose,
  by,
}: {
  item: ConflictItem;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
  by: string;
}) {
  const long = item.kind !== "cell";
  const name = `conflict-${item.id}`;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-medium">{item.label}</legend>
      <div className={long ? "space-y-2" : "grid grid-cols-2 gap-2"}>
        <label
          className={`flex cursor-pointer items-start gap-2 rounded p-2 text-sm ${choice === "mine" ? "bg-red-50 ring-1 ring-red-200" : "hover:bg-slate-50"}`}
        >
          <input
            type="radio"
            name={name}
            checked={choice === "mine"}
            onChange={() => onChoose("mine")}
            className="mt-1 accent-brand"
          />
          <span className="min-w-0 flex-1">
            保留我的：
            <Shown value={item.mine} long={long} />
          </span>
        </label>
        <label
          className={`flex cursor-pointer items-start gap-2 rounded p-2 text-sm ${choice === "theirs" ? "bg-red-50 ring-1 ring-red-200" : "hover:bg-slate-50"}`}
        >
          <input
            type="radio"
            name={name}
            checked={choice === "theirs"}
            onChange={() => onChoose("theirs")}
            className="mt-1 accent-brand"
          />
          <span className="min-w-0 flex-1">
            采用服务器上的（{by}）：
            <Shown value={item.theirs} long={long} />
          </span>
        </label>
      </div>
    </fieldset>
  );
}

function ConflictForm({ conflict }: { conflict: Conflict }) {
  const store = useWizardStore();
  const [choices, setChoices] = useState<ReadonlyMap<string, Choice>>(new Map());
  const by = conflict.by ? `${conflict.by} 保存` : "他人保存";
  const when = conflict.at ? `于 ${formatTime(conflict.at)} ` : "";
  const chooseAll = (choice: Choice) => setChoices(new Map(conflict.items.map((item) => [item.id, choice])));
  const complete = conflict.items.every((item) => choices.has(item.id));
  return (
    <form
      method="dialog"
      onSubmit={(event) => {
        event.preventDefault();
        if (complete) store.resolveConflict(choices);
      }}
      className="space-y-4"
    >
      <div className="flex items-start gap-2">
        <TriangleAlert aria-hidden className="mt-1 size-5 shrink-0 text-amber-700" />
        <div>
          <h2 id="conflict-title" className="text-lg font-semibold">
            {conflict.reason === "save" ? "报告已被他人修改" : "恢复本机保存的修改"}
          </h2>
          <p id="conflict-description" className="text-sm text-slate-700">
            {conflict.reason === "save"
              ? `您打开报告后，${conflict.by ?? "他人"}${when}保存了这份报告。以下 ${conflict.items.length} 处您和对方都改过，请逐项选择保留哪一个，然后再保存。`
              : `本机保存的修改中，有 ${conflict.items.length} 处在服务器上也已被改动（${conflict.by ?? "他人"}${when}保存）。请逐项选择保留哪一个。`}
            {conflict.adopted > 0 && ` 另有 ${conflict.adopted} 处对方的修改与您的修改不冲突，已载入。`}
          </p>
        </div>
      </div>
      <div className="max-h-[55vh] space-y-3 overflow-y-auto pr-1">
        {conflict.items.map((item) => (
          <ConflictRow
            key={item.id}
            item={item}
            by={by}
            choice={choices.get(item.id)}
            onChoose={(choice) => setChoices(new Map(choices).set(item.id, choice))}
          />
        ))}
      </div>
      <div className="flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 pt-3">
        <Button variant="secondary" onClick={() => chooseAll("mine")}>
          全部保留我的
        </Button>
        <Button variant="secondary" onClick={() => chooseAll("theirs")}>
          全部采用服务器上的
        </Button>
        <Button type="submit" disabled={!complete}>
          按所选内容保存
        </Button>
      </div>
    </form>
  );
}

/** Both values of every place changed on both sides; the clerk chooses per place. Never a silent overwrite. */
export function ConflictDialog() {
  const conflict = useWizardValue((store) => store.getConflict());
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (conflict && !element.open) element.showModal();
    if (!conflict && element.open) element.close();
  }, [conflict]);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="conflict-title"
      aria-describedby="conflict-description"
      onCancel={(event) => event.preventDefault()}
      className="m-auto w-[min(46rem,calc(100vw-2rem))] rounded-lg border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
    >
      {conflict && <ConflictForm key={conflict.items.map((item) => item.id).join("|")} conflict={conflict} />}
    </dialog>
  );
}
