// Typing in the applications table: how long from a keystroke to the updated （七）总计 on screen,
// and which components re-render per keystroke. `npm run bench -- keystroke`.
//
// Runs the e2e server launcher (scripts/e2e-server.ts: its own seeded database, a production build
// in NEXT_DIST_DIR when the sources changed, `next start`) on BENCH_PORT (default 3320), drives
// Debian's Chromium with playwright-core as the demo clerk: starts the 2025 report, fills the
// applications table, then types BENCH_KEYSTROKES (default 300) keys into （一）予以公开·自然人 —
// digits and Backspace, each one changing the row total, the column's （七）总计 and the grand total.
//
// In the page: a capturing keydown listener takes the event's timestamp, a MutationObserver on the
// grand total (applications.3.7.total) takes the moment its text changes, and a requestAnimationFrame
// callback after that the rendering step of the frame that paints it. The wizard's components count their
// renders into window.__wizardRenderCounts (components/wizard/render-counter.ts) in the benchmark's own
// build (NEXT_PUBLIC_GKNB_RENDER_COUNTS=1 in .next-keystroke); the shipped build has no counters.
// Measured at normal speed and with the CPU slowed down 4× (CDP), like a modest office PC.
import { cpus } from "node:os";
import { chromium, type Page } from "playwright-core";
import { formatForYear, getKeyFiguresOutline, sectionOfTable } from "@/lib/report-format";
import { startBenchServer, stopBenchServer } from "./lib/bench-server";

const PORT = Number(process.env.BENCH_PORT ?? 3320);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 300);
const BASE = `http://127.0.0.1:${PORT}`;
const FRAME_MS = 16;
const log = (line: string) => console.log(`[bench] ${line}`);

const DEMO_YEAR = 2025;
// The cells typed into and watched, read from the declaration of the demo year's format.
const DEMO_FORMAT = formatForYear(DEMO_YEAR)!;
const figures = getKeyFiguresOutline(DEMO_FORMAT);
const firstApplicant = figures.applicants[0]!.key;
const cellOf = (row: string, column = firstApplicant) => `${figures.applicationsTable}.${row}.${column}`;
const FIRST_CELL = cellOf(figures.receivedRow);
const DISCLOSED_CELL = cellOf(figures.outcomes[0]!.rows[0]!);
const CARRIED_OVER_CELL = cellOf(figures.carriedOverRow);
const GRAND_TOTAL = figures.cells.handled;

type Sample = { toDom: number; toFrame: number; renders: Record<string, number> };

async function paste(page: Page, key: string, rows: readonly (readonly number[])[]): Promise<void> {
  const input = page.locator(`input[data-cell="${key}"]`);
  await input.focus();
  await input.evaluate(
    (element, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    rows.map((row) => row.join("\t")).join("\r\n"),
  );
}

/**
 * Signs in as the demo clerk, starts the 2025 report and fills the applications table down to
 * （六）3.其他 as one pasted block: 10 new applications per applicant type, 6 disclosed, 2 partly.
 */
async function openFilledTable(page: Page): Promise<void> {
  await page.goto(`${BASE}/login`);
  await page.getByLabel("邮箱").fill("clerk@demo.gov.cn");
  await page.getByLabel("密码").fill("demo-2025-Pass");
  await page.getByRole("button", { name: "登录" }).click();
  await page.waitForURL(/\/staff$/);
  await page.goto(`${BASE}/staff/agencies/bxskxjsj`);
  await page.getByRole("button", { name: new RegExp(`填报 ${DEMO_YEAR} 年度报告`) }).click();
  await page.waitForURL(/\/overview$/);
  await page.goto(page.url().replace(/overview$/, sectionOfTable(DEMO_FORMAT, figures.applicationsTable)!));
  await page.locator(`input[data-cell="${FIRST_CELL}"]`).waitFor();
  const row = (value: number) => Array.from({ length: 6 }, () => value);
  await paste(page, FIRST_CELL, [row(10), row(0), row(6), row(2), ...Array.from({ length: 19 }, () => row(0))]);
  await page.locator(`td[data-cell="${GRAND_TOTAL}"] [data-total-value]`).filter({ hasText: "48" }).waitFor();
}
/** Installs the listeners that time each keystroke to the grand total's update and its frame. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate((grandTotal) => {
    const state = window as unknown as {
      __keystroke: { start: number | null; samples: { toDom: number; toFrame: number }[] };
    };
    state.__keystroke = { start: null, samples: [] };
    document.addEventListener("keydown", (event) => (state.__keystroke.start = event.timeStamp), { capture: true });
    const target = document.querySelector(`td[data-cell="${grandTotal}"] [data-total-value]`)!;
    new MutationObserver(() => {
      const start = state.__keystroke.start;
      if (start === null) return;
      state.__keystroke.start = null;
      const dom = performance.now();
      performance.measure("keystroke→total", { start, end: dom });
      // performance.now() inside the callback: the rendering step of the frame that paints the change
      // (the callback's own argument is the frame's start, which may precede the keystroke).
      requestAnimationFrame(() =>
        state.__keystroke.samples.push({ toDom: dom - start, toFrame: performance.now() - start }),
      );
    }).observe(target, { childList: true, characterData: true, subtree: true });
  }, GRAND_TOTAL);
}

async function type(page: Page, count: number): Promise<Sample[]> {
  const input = page.locator(`input[data-cell="${DISCLOSED_CELL}"]`);
  await input.focus();
  await page.keyboard.press("End");
  const keys = ["1", "2", "3", "Backspace", "Backspace", "Backspace"];
  const samples: Sample[] = [];
  for (let index = 0; index < count; index++) {
    const before = await page.evaluate(() => ({
      ...(window as unknown as { __wizardRenderCounts: Record<string, number> }).__wizardRenderCounts,
    }));
    const done = await page.evaluate(
      () => (window as unknown as { __keystroke: { samples: unknown[] } }).__keystroke.samples.length,
    );
    await page.keyboard.press(keys[index % keys.length]!);
    await page.waitForFunction(
      (length) => (window as unknown as { __keystroke: { samples: unknown[] } }).__keystroke.samples.length > length,
      done,
    );
    // Let late renders (the sidebar, the lists) land before counting.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 30)));
    const after = await page.evaluate(() => ({
      ...(window as unknown as { __wizardRenderCounts: Record<string, number> }).__wizardRenderCounts,
    }));
    const timing = await page.evaluate(
      (at) =>
        (window as unknown as { __keystroke: { samples: { toDom: number; toFrame: number }[] } }).__keystroke.samples[
          at
        ]!,
      done,
    );
    const renders = Object.fromEntries(
      Object.keys(after).map((name) => [name, (after[name] ?? 0) - (before[name] ?? 0)]),
    );
    samples.push({ ...timing, renders });
  }
  return samples;
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function report(label: string, samples: readonly Sample[]): void {
  const describe = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const within = sorted.filter((value) => value <= FRAME_MS).length;
    return `median ${quantile(sorted, 0.5).toFixed(1)} ms · p95 ${quantile(sorted, 0.95).toFixed(1)} ms · max ${sorted.at(-1)!.toFixed(1)} ms · ${((within / sorted.length) * 100).toFixed(0)}% within ${FRAME_MS} ms`;
  };
  console.log(`\n${label} (${samples.length} keystrokes)`);
  console.log(`  keystroke → （七）总计 updated in the DOM   ${describe(samples.map((sample) => sample.toDom))}`);
  console.log(`  keystroke → frame that paints it         ${describe(samples.map((sample) => sample.toFrame))}`);
  const names = [...new Set(samples.flatMap((sample) => Object.keys(sample.renders)))].sort();
  console.log("  renders per keystroke (mean · max):");
  for (const name of names) {
    const counts = samples.map((sample) => sample.renders[name] ?? 0);
    console.log(
      `    ${name.padEnd(12)} ${(counts.reduce((a, b) => a + b, 0) / counts.length).toFixed(2)} · ${Math.max(...counts)}`,
    );
  }
}

export default async function benchKeystroke(): Promise<void> {
  const cpuList = cpus();
  log(`cpus: ${cpuList.length} × ${cpuList[0]?.model ?? "unknown"}, node ${process.version}`);
  log(`starting the e2e server on port ${PORT} (builds first when the sources changed)…`);
  const server = await startBenchServer(PORT, {
    NEXT_PUBLIC_GKNB_RENDER_COUNTS: "1",
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-keystroke",
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: "zh-CN" });
    await context.addInitScript(() => {
      (window as unknown as { __wizardRenderCounts: Record<string, number> }).__wizardRenderCounts = {};
    });
    const page = await context.newPage();
    await openFilledTable(page);
    await instrument(page);
    log("warming up…");
    await type(page, 30);
    const cdp = await context.newCDPSession(page);
    const throttled = Math.min(KEYSTROKES, 120);
    report("A draft in progress (row 四 not yet filled), normal speed", await type(page, KEYSTROKES));
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    report("The same, CPU slowed down 4×", await type(page, throttled));
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });

    // Row 四 filled: every keystroke now also changes the 勾稽关系 message at the cells it names.
    await paste(page, CARRIED_OVER_CELL, [Array.from({ length: 6 }, () => 2)]);
    await page.waitForTimeout(200);
    report(
      "The complete table (every rule evaluated, the balance message at its cells changing), normal speed",
      await type(page, KEYSTROKES),
    );
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    report("The same, CPU slowed down 4×", await type(page, throttled));
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  } finally {
    await browser.close();
    await stopBenchServer(server);
  }
}
