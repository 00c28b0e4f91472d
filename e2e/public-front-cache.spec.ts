import { expect, test, type APIRequestContext } from "@playwright/test";
import { expirePublicCache } from "./database";

// The e2e server runs scripts/serve.ts: public answers come from the front cache
// (lib/front-cache), with the same bytes and headers Next sent, and a publication (here: the e2e
// hook that calls the same revalidatePublishedReport) empties it.

const REPORT = "/reports/2020/bxskxjsj";
const HIT = "x-gknb-front-cache";

/** Asks until the cache answers from what it had stored (the first request after a purge waits for a fill: `filled`). */
async function getHit(request: APIRequestContext, path: string) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await request.get(path);
    if (response.headers()[HIT] === "hit") return response;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} never came from the front cache`);
}

test("a published page comes from the front cache with Next's bytes and headers", async ({ request }) => {
  await expirePublicCache();
  // A query string passes the cache: Next's own answer.
  const fromNext = await request.get(`${REPORT}?from=next`);
  expect(fromNext.headers()[HIT]).toBeUndefined();
  const hit = await getHit(request, REPORT);
  expect(await hit.text()).toBe(await fromNext.text());
  for (const name of [
    "content-type",
    "content-security-policy",
    "x-content-type-options",
    "referrer-policy",
    "x-frame-options",
    "cache-control",
  ]) {
    expect(hit.headers()[name], name).toBe(fromNext.headers()[name]);
  }
  expect(hit.headers()["cache-control"]).toContain("s-maxage=");
  await getHit(request, "/api/public/reports/2020/bxskxjsj");
});

test("a publication empties the front cache at once", async ({ request }) => {
  await getHit(request, REPORT);
  await expirePublicCache();
  // Not the stored answer: the one the request waited for, fetched after the purge.
  expect((await request.get(REPORT)).headers()[HIT]).toBe("filled");
});

test("staff pages, searches and unknown reports never come from it", async ({ request }) => {
  for (const path of ["/login", "/?q=%E7%A7%91%E5%AD%A6", "/reports/2020/no-such-agency", "/api/health"]) {
    for (let attempt = 0; attempt < 3; attempt++) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.headers()[HIT], path).toBeUndefined();
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
});
