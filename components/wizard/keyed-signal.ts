// Listeners per key (a cell, a total, a text): a change to one place wakes only what shows that
// place, so a keystroke does not ask two hundred cells whether they changed.
export class KeyedSignal {
  private readonly listeners = new Map<string, Set<() => void>>();

  subscribe(key: string, listener: () => void): () => void {
    let set = this.listeners.get(key);
    if (!set) this.listeners.set(key, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (!set.size && this.listeners.get(key) === set) this.listeners.delete(key);
    };
  }

  notify(key: string): void {
    const set = this.listeners.get(key);
    if (!set) return;
    for (const listener of [...set]) listener();
  }

  /** Whether anything listens to the key (a place on the step that is open). */
  has(key: string): boolean {
    return this.listeners.has(key);
  }
}
