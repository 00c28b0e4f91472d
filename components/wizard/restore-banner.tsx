"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format-date";
import { useWizardStore, useWizardValue } from "./wizard-context";

/** Work left in this browser by an earlier visit (a failed save, a closed tab), offered back. */
export function RestoreBanner() {
  const store = useWizardStore();
  const offer = useWizardValue((value) => value.getRestoreOffer());
  if (!offer) return null;
  return (
    <Alert role="alert" tone="warning">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p className="min-w-0 flex-1">
          本机保存有 {offer.count} 处尚未保存到服务器的修改（{formatDateTime(new Date(offer.savedAt))}
          ）。要恢复这些修改吗？
        </p>
        <Button size="sm" onClick={() => store.restoreLocalDraft()}>
          恢复这些修改
        </Button>
        <Button variant="secondary" size="sm" onClick={() => store.discardLocalDraft()}>
          放弃
        </Button>
      </div>
    </Alert>
  );
}
