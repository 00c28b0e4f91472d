import { timingSafeEqual } from "node:crypto";
import pg from "pg";

// Cache invalidation across app instances through PostgreSQL's LISTEN/NOTIFY: the transaction
// that publishes, corrects, cancels or renames sends a notification on PUBLIC_CHANGE_CHANNEL
// (lib/server/public/announce-public-change.ts), delivered at commit to every connection that
// listens — one per app instance (scripts/serve.ts) — which then empties its caches of public
// answers. No server besides PostgreSQL.
//
// A notification sent while an instance was disconnected (database restarted, network cut) is
// lost: after every reconnection the listener reports a change anyway, so the caches are emptied
// once more and nothing missed outlives the reconnection.

export const PUBLIC_CHANGE_CHANNEL = "gknb_public_change";

export type PublicChange = {
  kind: "publish" | "cancel_publication" | "agency_renamed" | "agency_changed" | "import" | "site_changed";
  year?: number;
  code?: string;
};

export type PublicChangeListenerOptions = {
  connectionString: string;
  /** Called for each notification, and with `{ kind: "reconnected" }` after a reconnection. */
  onChange: (change: PublicChange | { kind: "reconnected" }) => void;
  log?: (line: string) => void;
  /** Longest wait between two connection attempts (default 5 s). */
  maxRetryMs?: number;
};

export class PublicChangeListener {
  private client: pg.Client | null = null;
  private closed = false;
  private retryTimer: NodeJS.Timeout | null = null;
  private failures = 0;
  private connectedOnce = false;
  private readyResolve!: () => void;
  /** Resolves once the listener has listened for the first time. */
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));

  constructor(private readonly options: PublicChangeListenerOptions) {}

  start(): this {
    void this.connect();
    return this;
  }

  /** Stops listening and lets the process exit (call on shutdown). */
  async close(): Promise<void> {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({
      connectionString: this.options.connectionString,
      application_name: "gknb-public-change-listener",
      keepAlive: true,
    });
    // Both fire when the database goes away; one reconnection is enough.
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost || this.closed) return;
      lost = true;
      this.options.log?.(`[public-change] connection lost${error ? `: ${error.message}` : ""}; reconnecting`);
      if (this.client === client) this.client = null;
      client.end().catch(() => {});
      this.scheduleRetry();
    };
    client.on("error", onLost);
    client.on("end", () => onLost());
    client.on("notification", (message) => {
      if (message.channel !== PUBLIC_CHANGE_CHANNEL) return;
      this.options.onChange(parseChange(message.payload));
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
    } catch (error) {
      if (this.failures === 0)
        this.options.log?.(
          `[public-change] cannot listen: ${error instanceof Error ? error.message : String(error)}; retrying`,
        );
      onLost();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => {});
      return;
    }
    this.client = client;
    this.failures = 0;
    if (this.connectedOnce) {
      this.options.log?.("[public-change] listening again");
      this.options.onChange({ kind: "reconnected" });
    }
    this.connectedOnce = true;
    this.readyResolve();
  }

  private scheduleRetry(): void {
    if (this.closed || this.retryTimer) return;
    const delay = Math.min(this.options.maxRetryMs ?? 5000, 100 * 2 ** this.failures);
    this.failures++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }
}

function parseChange(payload: string | undefined): PublicChange {
  try {
    const parsed = JSON.parse(payload ?? "") as PublicChange;
    if (parsed && typeof parsed.kind === "string") return parsed;
  } catch {
    // Not ours or malformed: still a reason to empty the caches.
  }
  return { kind: "publish" };
}

// The Next.js caches (revalidateTag) can only be expired from inside a request Next handles: the
// server process asks itself (POST PURGE_PATH), with a token only this process knows.

export const PURGE_PATH = "/api/internal/public-change";
export const PURGE_TOKEN_HEADER = "x-gknb-purge-token";
const TOKEN_KEY = Symbol.for("gknb.purge-token");
const tokenHolder = globalThis as typeof globalThis & { [key: symbol]: string | undefined };

export function installPurgeToken(token: string): void {
  tokenHolder[TOKEN_KEY] = token;
}

/** True only for this process's own purge requests (never where no server installed a token). */
export function isPurgeToken(candidate: string | null): boolean {
  const token = tokenHolder[TOKEN_KEY];
  return Boolean(
    token &&
    candidate &&
    candidate.length === token.length &&
    timingSafeEqual(Buffer.from(candidate), Buffer.from(token)),
  );
}
