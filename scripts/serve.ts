// The app's production server: Next.js (the built app in NEXT_DIST_DIR) behind the front cache
// of public answers (lib/front-cache). `npm start` and the e2e/bench servers run it through
// startAppServer (scripts/lib/run-command.ts); `next start` would serve the same app without the
// front cache. Usage: tsx scripts/serve.ts <port>
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { FrontCache, fillRequestHeaders, installFrontCache } from "../lib/front-cache/front-cache";
import {
  installPurgeToken,
  PublicChangeListener,
  PURGE_PATH,
  PURGE_TOKEN_HEADER,
} from "../lib/front-cache/public-change-listener";
import { purgeProxyCache } from "../lib/front-cache/purge-proxy-cache";
import { PEER_ADDRESS_HEADER, markPeerAddressHeaderSet } from "../lib/server/auth/client-address";
import { applyFrontDoor } from "../lib/server/http/front-door";
import { SignInAdmission, isSignInRequest } from "../lib/server/http/sign-in-admission";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
// startAppServer sets NODE_ENV=production: Next reads it when it loads.
if (process.env.NODE_ENV !== "production")
  throw new Error("scripts/serve.ts serves the production build: run it with NODE_ENV=production");
const { default: next } = await import("next");

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();
const signIns = new SignInAdmission();

// FRONT_CACHE=off serves everything through Next (the public benchmark's comparison).
const frontCacheOn = process.env.FRONT_CACHE !== "off";
const frontCache = new FrontCache({
  fetchFromServer: (path) =>
    fetch(`http://127.0.0.1:${port}${path}`, { headers: fillRequestHeaders, redirect: "manual" }),
});
installFrontCache(frontCache);

// The TCP peer's address for the sign-in throttle and the security log (lib/server/auth/client-address.ts):
// always overwritten, so a client cannot choose it.
markPeerAddressHeaderSet();
const server = createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  // HSTS over https; oversized bodies answered 413 文件过大 (lib/server/http/front-door.ts).
  if (applyFrontDoor(request, response)) return;
  if (isSignInRequest(request)) return signIns.admit(response, () => void handle(request, response));
  const served = frontCacheOn ? frontCache.serve(request, response) : false;
  if (served === true) return;
  if (served === false) void handle(request, response);
  else
    void served.then((done) => {
      if (!done) void handle(request, response);
    });
});
// Publications, corrections and renames made through any instance (or the command line) reach
// this one through PostgreSQL (LISTEN/NOTIFY): the front cache, Next's caches and, when nginx's
// cache folder is shared with us (PROXY_CACHE_DIR, deploy/nginx), nginx's cache are emptied.
const purgeToken = randomUUID();
installPurgeToken(purgeToken);
const proxyCacheDir = process.env.PROXY_CACHE_DIR;
async function expireEverything(): Promise<void> {
  frontCache.purge();
  const answer = await fetch(`http://127.0.0.1:${port}${PURGE_PATH}`, {
    method: "POST",
    headers: { [PURGE_TOKEN_HEADER]: purgeToken },
  }).catch((error: unknown) => error);
  if (!(answer instanceof Response) || answer.status !== 204)
    console.error(
      "[public-change] could not expire Next's caches:",
      answer instanceof Response ? answer.status : String(answer),
    );
  if (proxyCacheDir) {
    await purgeProxyCache(proxyCacheDir);
    // nginx may have stored, meanwhile, an answer an instance gave before it heard of the change.
    setTimeout(() => void purgeProxyCache(proxyCacheDir), 1000).unref();
  }
}
const listener = process.env.DATABASE_URL
  ? new PublicChangeListener({
      connectionString: process.env.DATABASE_URL,
      onChange: () => void expireEverything(),
      log: (line) => console.log(line),
    }).start()
  : null;

server.listen(port, () =>
  console.log(`▲ Next.js ready on port ${port} (front cache of public answers ${frontCacheOn ? "on" : "off"})`),
);

// GKNB_CPU_PROFILE=<file>: a CPU profile of this process from start to stop (open it in Chrome's
// DevTools), for finding where a request's time goes (docs/deployment.md, "Saves under load").
const profileFile = process.env.GKNB_CPU_PROFILE;
const profiler = profileFile ? new (await import("node:inspector/promises")).Session() : null;
if (profiler) {
  profiler.connect();
  await profiler.post("Profiler.enable");
  await profiler.post("Profiler.setSamplingInterval", { interval: 500 });
  await profiler.post("Profiler.start");
}

async function stop(): Promise<void> {
  if (profiler && profileFile) {
    const { profile } = await profiler.post("Profiler.stop");
    (await import("node:fs")).writeFileSync(profileFile, JSON.stringify(profile));
  }
  await listener?.close();
  server.close();
  server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop());
