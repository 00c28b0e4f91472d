// Render counters for the keystroke benchmark (bench/keystroke.ts): off unless the page defines
// `window.__wizardRenderCounts`, and then one property increment per render.
type RenderCounts = Record<string, number>;

export function countRender(component: string): void {
  const counts = (globalThis as { __wizardRenderCounts?: RenderCounts }).__wizardRenderCounts;
  if (counts) counts[component] = (counts[component] ?? 0) + 1;
}
