// The app's production server: Next.js (the built app in NEXT_DIST_DIR) behind the front cache
// of public answers (lib/front-cache). `npm start` and the e2e/bench servers run it through
// startAppServer (scripts/lib/run-command.ts); `next start` would serve the same app without the
// front cache. Usage: tsx scripts/serve.ts <port>
import { createServer } from "node:http";
import { FrontCache, fillRequestHeaders, installFrontCache } from "../lib/front-cache/front-cache";
import { PEER_ADDRESS_HEADER, markPeerAddressHeaderSet } from "../lib/server/auth/client-address";
import { applyFrontDoor } from "../lib/server/http/front-door";

const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
// startAppServer sets NODE_ENV=production: Next reads it when it loads.
if (process.env.NODE_ENV !== "production") throw new Error("scripts/serve.ts serves the production build: run it with NODE_ENV=production");
const { default: next } = await import("next");

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

// FRONT_CACHE=off serves everything through Next (the public benchmark's comparison).
const frontCacheOn = process.env.FRONT_CACHE !== "off";
const frontCache = new FrontCache({
  fetchFromServer: (path) => fetch(`http://127.0.0.1:${port}${path}`, { headers: fillRequestHeaders, redirect: "manual" }),
});
installFrontCache(frontCache);

// The TCP peer's address for the sign-in throttle and the security log (lib/server/auth/client-address.ts):
// always overwritten, so a client cannot choose it.
markPeerAddressHeaderSet();
const server = createServer((request, response) => {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  // HSTS over https; oversized bodies answered 413 文件过大 (lib/server/http/front-door.ts).
  if (applyFrontDoor(request, response)) return;
  if (frontCacheOn && frontCache.serve(request, response)) return;
  void handle(request, response);
});
server.listen(port, () => console.log(`▲ Next.js ready on port ${port} (front cache of public answers ${frontCacheOn ? "on" : "off"})`));

async function stop(): Promise<void> {
  server.close();
  server.closeIdleConnections();
  await app.close();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => void stop());
