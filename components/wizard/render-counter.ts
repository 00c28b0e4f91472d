// Render counters for the keystroke benchmark (bench/keystroke.ts). Compiled in only when the app
// is built with NEXT_PUBLIC_GKNB_RENDER_COUNTS=1 (the benchmark's own build): everywhere else the
// build inlines the variable and the body is dead code.
type RenderCounts = Record<string, number>;

export function countRender(component: string): void {
  if (process.env.NEXT_PUBLIC_GKNB_RENDER_COUNTS !== "1") return;
  const counts = (globalThis as { __wizardRenderCounts?: RenderCounts }).__wizardRenderCounts;
  if (counts) counts[component] = (counts[component] ?? 0) + 1;
}
