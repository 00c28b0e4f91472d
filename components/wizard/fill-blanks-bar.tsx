"use client";

import { useState } from "react";
import { Undo2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { useWizardStore, useWizardValue } from "./wizard-context";

/**
 * 其余空格填 0 for the tables of one step: an explicit action (nothing is filled on its own), that
 * leaves every cell with something in it alone, saved like typing, and undone in one click.
 */
export function FillBlanksBar({
  tables,
  announce,
}: {
  tables: readonly string[];
  announce: (message: string) => void;
}) {
  const store = useWizardStore();
  const lastFill = useWizardValue((current) => current.getLastFill());
  const [filledHere, setFilledHere] = useState(false);
  const undoable = filledHere && lastFill !== null && lastFill.tables.join() === tables.join();
  if (store.readOnly) return null;
  const fill = () => {
    const count = store.fillBlanks(tables);
    setFilledHere(count > 0);
    announce(count ? `已将 ${count} 个空格填为 0，已填写的单元格未改动。` : "本节没有空着的单元格。");
  };
  const undo = () => {
    const count = store.undoFill();
    setFilledHere(false);
    announce(`已撤销填 0：${count} 个单元格恢复为空。`);
  };
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <Button variant="secondary" size="sm" onClick={fill} title="只填空着的数字单元格，已填写的不变">
        其余空格填 0
      </Button>
      {undoable && (
        <Button variant="secondary" size="sm" onClick={undo}>
          <Undo2 aria-hidden />
          撤销填 0（{lastFill.keys.length} 格）
        </Button>
      )}
      <span className="text-xs text-slate-600">没有发生的事项填 0；已填写的单元格不会改动。</span>
    </div>
  );
}
