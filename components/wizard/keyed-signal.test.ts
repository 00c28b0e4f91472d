import { describe, expect, it, vi } from "vitest";
import { KeyedSignal } from "./keyed-signal";

describe("KeyedSignal", () => {
  it("wakes only the listeners of the key that changed, until they unsubscribe", () => {
    const signal = new KeyedSignal();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribe = signal.subscribe("applications.1.natural", first);
    signal.subscribe("applications.1.total", second);
    signal.notify("applications.1.natural");
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).not.toHaveBeenCalled();
    unsubscribe();
    signal.notify("applications.1.natural");
    expect(first).toHaveBeenCalledTimes(1);
    expect(signal.has("applications.1.natural")).toBe(false);
    expect(signal.has("applications.1.total")).toBe(true);
  });
});
