// When the wizard saves: a second after the last change, again at once when a save was asked for
// while one was under way, and after a failure on a growing delay. What a save does is the store's.

const AUTOSAVE_DELAY_MS = 1000;
const RETRY_DELAYS_MS = [3000, 10_000, 30_000, 60_000];

export class Autosave {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retries = 0;
  private inFlight: Promise<void> | null = null;
  private again = false;

  constructor(
    /** Saves what is pending; resolves when the answer is handled. Returns null when nothing was to be saved. */
    private readonly run: () => Promise<void> | null,
    /** Whether a save asked for during the last one should still go out. */
    private readonly stillPending: () => boolean,
  ) {}

  get busy(): Promise<void> | null {
    return this.inFlight;
  }

  schedule(delay = AUTOSAVE_DELAY_MS): void {
    this.cancel();
    this.timer = setTimeout(() => void this.now(), delay);
  }

  cancel(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  now(): Promise<void> {
    this.cancel();
    if (this.inFlight) {
      this.again = true;
      return this.inFlight;
    }
    const running = this.run();
    if (!running) return Promise.resolve();
    this.inFlight = running.finally(() => {
      this.inFlight = null;
      if (this.again) {
        this.again = false;
        if (this.stillPending()) void this.now();
      }
    });
    return this.inFlight;
  }

  /** After a failure: try again on a growing delay. */
  retryLater(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const delay = RETRY_DELAYS_MS[Math.min(this.retries, RETRY_DELAYS_MS.length - 1)]!;
    this.retries++;
    this.retryTimer = setTimeout(() => void this.now(), delay);
  }

  /** An answer came: the next failure starts over at the shortest delay. */
  answered(): void {
    this.retries = 0;
  }

  dispose(): void {
    this.cancel();
    if (this.retryTimer) clearTimeout(this.retryTimer);
  }
}
