import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { FrontCache, fillRequestHeaders, HIT_HEADER, PUBLIC_CACHE_CONTROL } from "./front-cache";

// A real HTTP server with the cache in front of a stand-in for Next.js whose answers the tests
// choose, and which counts what reaches it.

type Answer = { status?: number; headers?: Record<string, string>; body?: string; gate?: Promise<void> };

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function startServer(answerFor: (path: string) => Answer) {
  const reached: string[] = [];
  let port = 0;
  const cache = new FrontCache({
    fetchFromServer: (path) => fetch(`http://127.0.0.1:${port}${path}`, { headers: fillRequestHeaders }),
  });
  server = createServer((request, response) => {
    const app = () => {
      reached.push(`${request.method} ${request.url}`);
      const answer = answerFor(request.url!);
      void (answer.gate ?? Promise.resolve()).then(() => {
        response.writeHead(answer.status ?? 200, { "content-type": "text/html; charset=utf-8", ...answer.headers });
        response.end(answer.body ?? `page ${request.url}`);
      });
    };
    // As scripts/serve.ts: served, Next's, or wait for the fill.
    const served = cache.serve(request, response);
    if (served === false) app();
    else if (served !== true) void served.then((done) => done || app());
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  port = (server!.address() as AddressInfo).port;
  return { cache, reached, port };
}

/** A raw request (fetch would add its own Accept-Encoding and undo gzip). */
function get(
  port: number,
  path: string,
  headers: Record<string, string> = {},
  method = "GET",
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path, method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.end();
  });
}

const shared = { "cache-control": PUBLIC_CACHE_CONTROL, "content-security-policy": "script-src 'none'" };

describe("FrontCache", () => {
  it("keeps a public answer with s-maxage and serves it again with the same headers and bytes, without reaching the app", async () => {
    const { cache, reached, port } = await startServer(() => ({ headers: shared, body: "<p>已发布</p>" }));
    const first = await get(port, "/reports/2020/a");
    await cache.settled();
    const second = await get(port, "/reports/2020/a");
    expect(first.body.toString()).toBe("<p>已发布</p>");
    expect(second.headers[HIT_HEADER]).toBe("hit");
    expect(second.body.toString()).toBe("<p>已发布</p>");
    expect(second.headers["content-security-policy"]).toBe("script-src 'none'");
    expect(second.headers["content-length"]).toBe(String(Buffer.byteLength("<p>已发布</p>")));
    // Only the cache's own fill reached the app: the first visitor waited for it.
    expect(reached).toEqual(["GET /reports/2020/a"]);
  });

  it("makes one request to the app for a crowd arriving on a miss, and answers them all from it", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { reached, port } = await startServer(() => ({ headers: shared, body: "<p>新发布</p>", gate }));
    const crowd = Array.from({ length: 20 }, () => get(port, "/reports/2025/new"));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const answers = await Promise.all(crowd);
    expect(answers.map((answer) => answer.body.toString())).toEqual(Array(20).fill("<p>新发布</p>"));
    expect(reached).toEqual(["GET /reports/2025/new"]);
  });

  it("serves gzip to clients that accept it, identity to the others, and no body to HEAD", async () => {
    const { cache, port } = await startServer(() => ({ headers: shared, body: "年报".repeat(500) }));
    await get(port, "/years/2020");
    await cache.settled();
    const zipped = await get(port, "/years/2020", { "accept-encoding": "gzip, br" });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.body).toString()).toBe("年报".repeat(500));
    const refused = await get(port, "/years/2020", { "accept-encoding": "gzip;q=0, deflate" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body.toString()).toBe("年报".repeat(500));
    const head = await get(port, "/years/2020", {}, "HEAD");
    expect(head.headers[HIT_HEADER]).toBe("hit");
    expect(head.body.byteLength).toBe(0);
  });

  it("never keeps what a shared cache must not: private, no-store, no s-maxage, errors, cookies, staff paths, queries", async () => {
    const answers: Record<string, Answer> = {
      "/private": { headers: { "cache-control": "private, s-maxage=10" } },
      "/no-store": { headers: { "cache-control": "public, no-store, s-maxage=10" } },
      "/browser-only": { headers: { "cache-control": "public, max-age=60" } },
      "/missing": { status: 404, headers: shared },
      "/cookie": { headers: { ...shared, "set-cookie": "a=b" } },
      "/staff/reports": { headers: shared },
      "/api/health": { headers: shared },
      "/?q=科学": { headers: shared },
    };
    const { cache, reached, port } = await startServer((path) => answers[decodeURI(path)] ?? {});
    for (const path of Object.keys(answers)) {
      await get(port, encodeURI(path));
      await cache.settled();
      const again = await get(port, encodeURI(path));
      expect(again.headers[HIT_HEADER], path).toBeUndefined();
    }
    // Each second visit reached the app.
    for (const path of Object.keys(answers))
      expect(reached.filter((line) => line === `GET ${encodeURI(path)}`).length, path).toBeGreaterThanOrEqual(2);
  });

  it("forgets everything on purge, and a fill that was under way when the purge came is not kept", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let body = "before";
    const { cache, reached, port } = await startServer(() => ({
      headers: shared,
      body,
      gate: body === "before (slow)" ? gate : undefined,
    }));
    await get(port, "/reports/2020/a");
    await cache.settled();
    expect((await get(port, "/reports/2020/a")).headers[HIT_HEADER]).toBe("hit");

    cache.purge();
    body = "before (slow)";
    const visitor = get(port, "/reports/2020/a");
    await new Promise((resolve) => setTimeout(resolve, 50));
    cache.purge(); // a publication while the fill waits for the app
    body = "after";
    release();
    // The waiting visitor is answered by the app itself, and the old fill is not kept.
    expect((await visitor).body.toString()).toBe("after");
    await cache.settled();
    const fills = reached.length;
    const next = await get(port, "/reports/2020/a");
    expect(next.body.toString()).toBe("after");
    expect(reached.length).toBe(fills + 1);
  });
});
