import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// Server actions called over HTTP exactly as the browser calls them: a POST to the page's URL
// with the action's id in `Next-Action`, the arguments encoded by React's own `encodeReply`
// (a JSON array, or multipart form data when an argument is a FormData), and the answer, an
// RSC payload, decoded by React's own Flight client. The ids come from the build's
// server-reference manifest, found by file and export name.

type FlightClient = {
  encodeReply(value: unknown[]): Promise<string | FormData>;
  createFromFetch<T>(
    response: Promise<Response>,
    options: { serverConsumerManifest: { moduleMap: object; serverModuleMap: null; moduleLoading: null } },
  ): Promise<T>;
};
// The Flight client Next's own browser bundle uses, in its Node build.
const flight = createRequire(import.meta.url)(
  "next/dist/compiled/react-server-dom-webpack/client.node",
) as FlightClient;

type ManifestEntry = { filename?: string; exportedName?: string; workers: Record<string, unknown> };

/** The id of `exportedName` of `file` (e.g. "app/(auth)/login/actions.ts") in the build in `distDir`. */
export function findActionId(distDir: string, file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(join(distDir, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, ManifestEntry>;
  };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} of ${file} in ${distDir}`);
  return found[0];
}

export type ActionCall = {
  baseUrl: string;
  path: string;
  actionId: string;
  args: unknown[];
  /** A fixed Cookie header, or a jar that also keeps what the answers set, as a browser does. */
  cookie?: string | CookieJar;
};

/**
 * The cookies a browser would send: each one set so far, replaced or removed by every answer's
 * Set-Cookie (the session's signed cookie cache is renewed every few minutes).
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  constructor(setCookies: readonly string[] = []) {
    this.store(setCookies);
  }

  store(setCookies: readonly string[]): void {
    for (const header of setCookies) {
      const [pair = "", ...attributes] = header.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1);
      const removed = value === "" || attributes.some((attribute) => /^\s*max-age=0\s*$/i.test(attribute));
      if (removed) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  has(name: string): boolean {
    return this.cookies.has(name);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

/** POSTs the call as the browser does and returns the raw answer (an RSC payload). */
export async function post(call: ActionCall): Promise<Response> {
  const body = await flight.encodeReply(call.args);
  return fetch(`${call.baseUrl}${call.path}`, {
    method: "POST",
    headers: {
      Accept: "text/x-component",
      "Next-Action": call.actionId,
      Origin: call.baseUrl,
      ...(typeof body === "string" ? { "Content-Type": "text/plain;charset=UTF-8" } : {}),
      ...(call.cookie ? { Cookie: typeof call.cookie === "string" ? call.cookie : call.cookie.header() } : {}),
    },
    body,
    redirect: "manual",
  }).then((response) => {
    if (call.cookie instanceof CookieJar) call.cookie.store(response.headers.getSetCookie());
    return response;
  });
}

// An action that sets a cookie (the session's cookie cache renewed) answers with the page
// rendered again, which names the page's client components; only `a`, the action's value, is
// read here, so every client module resolves to a placeholder that is never loaded.
const ANY_CLIENT_MODULE = new Proxy({}, { get: (_target, id) => ({ "*": { id: String(id), chunks: [], name: "*" } }) });
const NO_CLIENT_MODULES = {
  serverConsumerManifest: { moduleMap: ANY_CLIENT_MODULE, serverModuleMap: null, moduleLoading: null },
};

/** What an action answered: the `a` of Next's RSC answer, decoded by React's Flight client. */
async function decodeAnswer<T>(call: ActionCall, response: Response): Promise<T> {
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/x-component")) {
    throw new Error(
      `${call.path}: the action answered ${response.status} ${response.headers.get("content-type") ?? ""}`,
    );
  }
  return (await flight.createFromFetch<{ a: T }>(Promise.resolve(response), NO_CLIENT_MODULES)).a;
}

/** Calls an action and returns what it returned. */
export async function callServerAction<T>(call: ActionCall): Promise<T> {
  return decodeAnswer<T>(call, await post(call));
}

/** Calls an action that ends in `redirect()`: where it sends the browser, and the cookies it set. */
export async function callRedirectingAction(call: ActionCall): Promise<{ location: string; cookies: string[] }> {
  const response = await post(call);
  const location = response.headers.get("x-action-redirect")?.split(";")[0];
  if (!location)
    throw new Error(
      `${call.path}: the action did not redirect but answered ${JSON.stringify(await decodeAnswer(call, response))}`,
    );
  await response.arrayBuffer();
  return { location, cookies: response.headers.getSetCookie() };
}
