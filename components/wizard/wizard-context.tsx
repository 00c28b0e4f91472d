"use client";

import { createContext, use, useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { TextKey } from "@/lib/report-format";
import type { WizardActions } from "@/lib/requests/wizard";
import type { KeyedSignal } from "./keyed-signal";
import { WizardStore, type CellStatus, type WizardData } from "./wizard-store";

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

/** A value of one place (a cell, a total, a text): the component re-renders only when that place changes. */
function useKeyed<T>(signal: (store: WizardStore) => KeyedSignal, key: string, read: (store: WizardStore) => T): T {
  const store = useWizardStore();
  const subscribe = useCallback((listener: () => void) => signal(store).subscribe(key, listener), [signal, store, key]);
  return useSyncExternalStore(
    subscribe,
    () => read(store),
    () => read(store),
  );
}

const statusSignal = (store: WizardStore) => store.statuses;
const totalSignal = (store: WizardStore) => store.totals;
const valueSignal = (store: WizardStore) => store.values;

/** A cell's (or a text's, `texts.overview`) check status. */
export function useCellStatus(address: string): CellStatus {
  return useKeyed(statusSignal, address, (store) => store.getCellStatus(address));
}

/** Whether a computed cell cannot be computed (one of its inputs does not fit its cell). */
export function useTotalInvalid(key: string): boolean {
  return useKeyed(totalSignal, key, (store) => store.getTotalText(key) === null);
}

/** Something read from one place's value (a unit, a text's length). */
export function useValueOf<T>(address: string, read: (store: WizardStore) => T): T {
  return useKeyed(valueSignal, address, read);
}

/**
 * A ref for an uncontrolled input that keeps it showing the draft's value of its place: what the
 * clerk types goes to the draft through the change handler, and a value the draft gets from
 * elsewhere (a suggestion, the server, 其余空格填 0, Esc) is written into the input here, without a
 * render.
 */
export function useDraftInput(address: string): (element: HTMLInputElement | HTMLTextAreaElement | null) => void {
  const store = useWizardStore();
  return useCallback(
    (element: HTMLInputElement | HTMLTextAreaElement | null) => {
      if (!element) return;
      const show = () => {
        const value = address.startsWith("texts.")
          ? store.getText(address.slice("texts.".length) as TextKey)
          : store.getRaw(address);
        if (element.value !== value) element.value = value;
      };
      show();
      return store.values.subscribe(address, show);
    },
    [address, store],
  );
}

/**
 * A ref for the element that shows a total's figure: the figure is written into it as soon as one
 * of its inputs changes, within the keystroke's own event, with no render in between (a blank total
 * shows nothing, one that cannot be computed a dash).
 */
export function useTotalFigure(key: string): (element: HTMLElement | null) => void {
  const store = useWizardStore();
  return useCallback(
    (element: HTMLElement | null) => {
      if (!element) return;
      const show = () => {
        const text = store.getTotalText(key);
        element.textContent = text === null ? "—" : text;
      };
      show();
      return store.totals.subscribe(key, show);
    },
    [key, store],
  );
}
