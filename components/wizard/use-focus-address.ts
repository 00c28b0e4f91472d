"use client";

import { useParams, useRouter } from "next/navigation";
import { useCallback } from "react";
import type { TextKey } from "@/lib/report-format";
import { cellInputId, commentAddress, sectionOfAddress, sectionOfCommentTarget, textInputId } from "./report-fields";
import { useWizardStore } from "./wizard-context";

/** Puts the focus on a cell (`applications.4.natural`) or a text (`texts.overview`) of this page. */
export function focusAddress(address: string): boolean {
  const id = address.startsWith("texts.")
    ? textInputId(address.slice("texts.".length) as TextKey)
    : cellInputId(address);
  const element = document.getElementById(id);
  if (!element) return false;
  element.focus();
  element.scrollIntoView({ block: "center" });
  return true;
}

/** Focus a cell or text, going to its step first when it is on another one. */
export function useFocusAddress(): (address: string) => void {
  const store = useWizardStore();
  const router = useRouter();
  const { step } = useParams<{ step?: string }>();
  return useCallback(
    (address: string) => {
      const section = sectionOfAddress(store.format, address);
      if (!section) return;
      if (section === step && focusAddress(address)) return;
      store.setPendingFocus(address);
      void store.saveNow();
      router.push(`/staff/reports/${store.reportId}/${section}`);
    },
    [router, step, store],
  );
}

/** Show what a review comment points at: its cell or text, or the heading of its section's step. */
export function useFocusCommentTarget(): (target: string) => void {
  const store = useWizardStore();
  const router = useRouter();
  const focus = useFocusAddress();
  const { step } = useParams<{ step?: string }>();
  return useCallback(
    (target: string) => {
      const address = commentAddress(store.format, target);
      if (address) return focus(address);
      const section = sectionOfCommentTarget(store.format, target);
      if (!section) return;
      // The step focuses its heading when it opens.
      if (section === step) return document.getElementById("step-heading")?.focus();
      void store.saveNow();
      router.push(`/staff/reports/${store.reportId}/${section}`);
    },
    [focus, router, step, store],
  );
}
