import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  PUBLIC_CHANGE_CHANNEL,
  PublicChangeListener,
  type PublicChange,
} from "@/lib/front-cache/public-change-listener";
import { findPostgresBin, startPrivateCluster, type PrivateCluster } from "./private-cluster";

// The listener of public changes (each app instance has one) on a PostgreSQL of the test's own:
// it hears notifications, comes back by itself after the server crashed and restarted (and then
// reports a change, since what was announced meanwhile is lost), and once closed it holds no
// socket or timer that would keep the process alive.

const bin = findPostgresBin();
let cluster: PrivateCluster | undefined;

beforeAll(async () => {
  cluster = await startPrivateCluster(bin);
}, 120_000);

afterAll(async () => {
  await cluster?.destroy();
});

async function notify(url: string, change: PublicChange): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query("SELECT pg_notify($1, $2)", [PUBLIC_CHANGE_CHANNEL, JSON.stringify(change)]);
  await client.end();
}

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sockets = () =>
  process.getActiveResourcesInfo().filter((kind) => kind === "TCPSocketWrap" || kind === "Timeout").length;

if (!bin) console.warn("⚠ no PostgreSQL binaries (pg_ctl, initdb; set PG_BIN): the listener's restart test is SKIPPED");

describe("the public-change listener", () => {
  it("hears notifications, listens again after a crash and restart, and lets the process go when closed", async () => {
    const baseline = sockets();
    const heard: string[] = [];
    const listener = new PublicChangeListener({
      connectionString: cluster!.url,
      onChange: (change) => heard.push(change.kind),
      maxRetryMs: 200,
    }).start();
    await listener.ready;

    await notify(cluster!.url, { kind: "publish", year: 2025, code: "a" });
    await waitFor(() => heard.includes("publish"), 2000);

    await cluster!.stop("immediate");
    await new Promise((resolve) => setTimeout(resolve, 500));
    await cluster!.start();
    await waitFor(() => heard.includes("reconnected"), 10_000);
    await notify(cluster!.url, { kind: "agency_renamed", code: "a" });
    await waitFor(() => heard.includes("agency_renamed"), 2000);
    expect(heard).toEqual(["publish", "reconnected", "agency_renamed"]);

    await listener.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sockets()).toBeLessThanOrEqual(baseline);
  }, 60_000);
});
