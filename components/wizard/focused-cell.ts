// Which cell of the current step has the focus, for the cell bar under the tables. A tiny store of
// its own so that moving the focus re-renders the bar, not the table.
export class FocusedCell {
  private key: string | null = null;
  private readonly listeners = new Set<() => void>();

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get = (): string | null => this.key;

  set(key: string | null): void {
    if (this.key === key) return;
    this.key = key;
    for (const listener of this.listeners) listener();
  }
}
