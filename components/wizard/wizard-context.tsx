"use client";

import { createContext, use, useEffect, useState, useSyncExternalStore } from "react";
import type { WizardActions } from "@/lib/requests/wizard";
import { WizardStore, type WizardData } from "./wizard-store";

const WizardContext = createContext<WizardStore | null>(null);

/** One store per opened report, kept while the clerk moves between steps (it lives in the layout). */
export function WizardProvider({
  data,
  actions,
  children,
}: {
  data: WizardData;
  actions: WizardActions;
  children: React.ReactNode;
}) {
  const [store] = useState(() => new WizardStore(data, actions));

  useEffect(() => {
    store.checkLocalDraft();
    const warnBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!store.hasUnsavedWork()) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = "";
    };
    const saveWhenHidden = () => {
      if (document.visibilityState === "hidden") void store.saveNow();
    };
    const retryWhenOnline = () => store.retry();
    window.addEventListener("beforeunload", warnBeforeUnload);
    document.addEventListener("visibilitychange", saveWhenHidden);
    window.addEventListener("online", retryWhenOnline);
    return () => {
      window.removeEventListener("beforeunload", warnBeforeUnload);
      document.removeEventListener("visibilitychange", saveWhenHidden);
      window.removeEventListener("online", retryWhenOnline);
      void store.saveNow();
      store.dispose();
    };
  }, [store]);

  return <WizardContext value={store}>{children}</WizardContext>;
}

export function useWizardStore(): WizardStore {
  const store = use(WizardContext);
  if (!store) throw new Error("useWizardStore outside WizardProvider");
  return store;
}

/** One slice of the store; the component re-renders only when that slice changes. */
export function useWizardValue<T>(select: (store: WizardStore) => T): T {
  const store = useWizardStore();
  return useSyncExternalStore(
    store.subscribe,
    () => select(store),
    () => select(store),
  );
}
