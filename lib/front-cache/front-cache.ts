import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { LRUCache } from "lru-cache";

// A small shared HTTP cache in front of Next.js, in the app's own server process
// (scripts/serve.ts): what a CDN would do for the public pages, on the machine itself.
//
// Why: a published report page already comes out of Next's caches (ISR and the data cache), but
// each request still walks Next's router, proxy and route module and streams the body through web
// streams — about half the speed at which the same server sends a static file
// (`npm run bench -- public`). Serving the stored bytes from memory here takes that walk out.
//
// What is kept: only answers that say a shared cache may keep them — status 200, `Cache-Control`
// with `public` and `s-maxage` > 0, no `Set-Cookie` — to GET/HEAD requests without a query string
// or a Next router header. Staff pages never say so; the public pages and the open-data API do
// (SHARED_CACHE_SECONDS). A publication purges everything (purgeFrontCache, called by
// revalidatePublishedReport in the same process); `s-maxage` bounds what no request can announce
// (a scheduled publication coming due, a CLI import).
//
// How it fills: on a miss the cache fetches the same URL from the server itself (identity
// encoding, marked so that it passes the cache), once, and every request for that URL waits for
// the fill and is answered from it — or by Next, when the answer may not be kept. A purge during a
// fill discards that fill's answer, so a page from before a publication is never stored after it
// (the requests waiting for it are answered by Next).

/** How long a shared cache (this one, or a CDN) may keep a public answer: the `s-maxage` of public pages and the open-data API. */
export const SHARED_CACHE_SECONDS = 10;

/** `Cache-Control` of public answers: browsers ask again each time; shared caches keep them SHARED_CACHE_SECONDS. */
export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, must-revalidate`;

/** Marks the cache's own fill requests, which Next must answer. */
export const FILL_HEADER = "x-gknb-front-cache-fill";
/** On every answer from the cache: `hit`, or `filled` when the request waited for the fill it is answered from. */
export const HIT_HEADER = "x-gknb-front-cache";

/** Paths that are never kept, whatever their headers say. */
const NEVER_CACHED = /^\/(?:(?:staff|login|_next)(?:\/|$)|api\/(?!public\/))/;
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-action", "authorization"];
/** Headers of the stored answer that belong to one connection or one moment, not to the content. */
const NOT_STORED = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
  "x-nextjs-cache",
  "age",
]);
/** Bodies worth compressing; Word and Excel files are zip archives already. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/i;
/** How long a "not cacheable" verdict stands before the URL is tried again. */
const NEGATIVE_SECONDS = SHARED_CACHE_SECONDS;

type StoredAnswer =
  | { cacheable: true; headers: Record<string, string>; body: Buffer; gzip: Buffer | null; storedAt: number }
  | { cacheable: false };

export type FetchAnswer = (path: string) => Promise<Response>;

export type FrontCacheOptions = {
  /** Fetches `path` from the server itself, with FILL_HEADER set (see fillRequestHeaders). */
  fetchFromServer: FetchAnswer;
  /** Bytes kept at most (identity and gzip bodies). */
  maxBytes?: number;
};

export const fillRequestHeaders = { [FILL_HEADER]: "1", "accept-encoding": "identity" } as const;

export class FrontCache {
  private readonly answers: LRUCache<string, StoredAnswer>;
  private readonly filling = new Map<string, Promise<void>>();
  private generation = 0;

  constructor(private readonly options: FrontCacheOptions) {
    this.answers = new LRUCache<string, StoredAnswer>({
      maxSize: options.maxBytes ?? 64 * 1024 * 1024,
      // Negative verdicts weigh a little, so a scan of unknown URLs cannot grow the cache without bound.
      sizeCalculation: (answer, key) =>
        key.length + (answer.cacheable ? answer.body.byteLength + (answer.gzip?.byteLength ?? 0) : 64),
      ttlAutopurge: false,
      allowStale: false,
    });
  }

  /**
   * Answers `request` from the cache (true), or leaves it to Next (false). On a miss the answer is
   * a promise: the cache fetches the URL once, and every request for it waits for that one fill
   * and is answered from it (false when it was not storable) — a crowd arriving after a
   * publication makes one render, not one each.
   */
  serve(request: IncomingMessage, response: ServerResponse): boolean | Promise<boolean> {
    if (!isEligible(request)) return false;
    const key = request.url!;
    const answer = this.answers.get(key);
    if (!answer) return this.fill(key).then(() => this.answerFromStore(key, request, response, "filled"));
    return this.answerFromStore(key, request, response, "hit");
  }

  private answerFromStore(
    key: string,
    request: IncomingMessage,
    response: ServerResponse,
    marker: "hit" | "filled",
  ): boolean {
    const answer = this.answers.get(key);
    if (!answer?.cacheable) return false;
    const gzip = answer.gzip !== null && acceptsGzip(request.headers["accept-encoding"]);
    const body = gzip ? answer.gzip! : answer.body;
    response.writeHead(200, {
      ...answer.headers,
      ...(gzip ? { "content-encoding": "gzip" } : {}),
      "content-length": String(body.byteLength),
      age: String(Math.floor((Date.now() - answer.storedAt) / 1000)),
      [HIT_HEADER]: marker,
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return true;
  }

  /** Forgets every stored answer, and any fill under way. */
  purge(): void {
    this.generation++;
    this.answers.clear();
  }

  /** Resolves when the fills under way have finished (tests). */
  async settled(): Promise<void> {
    while (this.filling.size) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  /** Fetches `key` into the store, once however many requests wait for it. */
  private fill(key: string): Promise<void> {
    const running = this.filling.get(key);
    if (running) return running;
    const filled = this.fetchInto(key).finally(() => this.filling.delete(key));
    this.filling.set(key, filled);
    return filled;
  }

  private async fetchInto(key: string): Promise<void> {
    const generation = this.generation;
    try {
      const answer = await this.options.fetchFromServer(key);
      const body = Buffer.from(await answer.arrayBuffer());
      if (generation !== this.generation) return;
      const seconds = sharedMaxAge(answer);
      if (seconds === null) {
        this.answers.set(key, { cacheable: false }, { ttl: NEGATIVE_SECONDS * 1000 });
        return;
      }
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!NOT_STORED.has(name)) headers[name] = value;
      });
      const gzip = COMPRESSIBLE.test(headers["content-type"] ?? "") ? gzipSync(body) : null;
      this.answers.set(key, { cacheable: true, headers, body, gzip, storedAt: Date.now() }, { ttl: seconds * 1000 });
    } catch {
      // The server could not answer its own request (shutting down, overloaded): Next answers the waiting requests; the next miss tries again.
    }
  }
}

function isEligible(request: IncomingMessage): boolean {
  const url = request.url ?? "";
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (url.includes("?") || !url.startsWith("/") || NEVER_CACHED.test(url)) return false;
  if (request.headers[FILL_HEADER]) return false;
  return !ROUTER_HEADERS.some((name) => request.headers[name] !== undefined);
}

/** The `s-maxage` of a storable answer, or null when a shared cache must not keep it. */
function sharedMaxAge(answer: Response): number | null {
  if (answer.status !== 200 || answer.headers.has("set-cookie")) return null;
  const directives = (answer.headers.get("cache-control") ?? "")
    .toLowerCase()
    .split(",")
    .map((part) => part.trim());
  if (!directives.includes("public") || directives.some((part) => part === "private" || part === "no-store"))
    return null;
  const maxAge = directives.find((part) => part.startsWith("s-maxage="));
  const seconds = maxAge ? Number(maxAge.slice("s-maxage=".length)) : NaN;
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(",") : (header ?? "");
  return value.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    return coding === "gzip" && !params.some((param) => /^\s*q=0(?:\.0*)?\s*$/.test(param));
  });
}

// One cache per server process, reachable from the Next.js bundles that run in the same process
// (revalidatePublishedReport) without importing the server.
const registry = globalThis as typeof globalThis & { [key: symbol]: FrontCache | undefined };
const REGISTRY_KEY = Symbol.for("gknb.front-cache");

export function installFrontCache(cache: FrontCache): void {
  registry[REGISTRY_KEY] = cache;
}

/** Drops every stored public answer of this process; nothing to do where no cache runs (next dev, the CLI, tests). */
export function purgeFrontCache(): void {
  registry[REGISTRY_KEY]?.purge();
}
