import type { IncomingMessage, ServerResponse } from "node:http";
import { MAX_UPLOAD_REQUEST_BYTES, UPLOAD_PATH_PREFIX } from "./upload-limits";

// What the production server (scripts/serve.ts) does to every request before Next.js sees it. No
// "server-only" here: serve.ts is plain Node. Kept apart so that it can be tested without a build.

/** Next.js refuses server-action bodies over 1 MB (its default bodySizeLimit) with a bare 500. */
export const MAX_REQUEST_BODY_BYTES = 1024 * 1024;

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/**
 * Whether the client reached us over https: directly (a TLS socket), or through the proxy the
 * deployment declared (TRUSTED_PROXY_HEADER set) that says so in X-Forwarded-Proto. A client's own
 * X-Forwarded-Proto is not believed without a declared proxy.
 */
export function servedOverHttps(request: IncomingMessage): boolean {
  if ((request.socket as { encrypted?: boolean }).encrypted) return true;
  if (!process.env.TRUSTED_PROXY_HEADER) return false;
  const forwarded = request.headers["x-forwarded-proto"];
  const proto = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(",").at(-1)?.trim().toLowerCase();
  return proto === "https";
}

/**
 * Applies the transport rules to one request: HSTS over https, and a Chinese 413 for a body too
 * large for any form of the app (instead of Next's 500 after reading it). True when answered here.
 */
export function applyFrontDoor(request: IncomingMessage, response: ServerResponse): boolean {
  dropCompressionOfActionAnswers(request);
  sendActionAnswersWhole(request, response);
  if (servedOverHttps(request)) response.setHeader("Strict-Transport-Security", HSTS_VALUE);
  const length = Number(request.headers["content-length"] ?? 0);
  // The report-file upload routes take one report file per request (and read within their limit).
  const limit = request.url?.startsWith(UPLOAD_PATH_PREFIX) ? MAX_UPLOAD_REQUEST_BYTES : MAX_REQUEST_BODY_BYTES;
  if (length <= limit) return false;
  const answer = () => {
    if (response.headersSent) return;
    response.writeHead(413, { "Content-Type": "text/plain; charset=utf-8" });
    response.end(`文件过大：一次提交不能超过 ${Math.floor(limit / 1024 / 1024)} MB，请拆分后再上传。`);
  };
  // The body is read and dropped before answering: most clients (browsers, fetch) read no answer
  // while they are still sending, and would see a broken connection instead of the message.
  // Beyond DISCARD_LIMIT_BYTES the connection is cut after the answer.
  if (length > DISCARD_LIMIT_BYTES) {
    response.setHeader("Connection", "close");
    answer();
    request.destroy();
    return true;
  }
  request.on("end", answer);
  request.on("error", () => response.destroy());
  request.resume();
  return true;
}

/**
 * Server actions answer uncompressed. Their answers are small values (the autosave's, the most
 * frequent request of the season, is about a hundred bytes), and setting up a gzip stream for each
 * cost the server more CPU than the save's own work; Next compresses whatever the client accepts,
 * so the client's Accept-Encoding is withheld from it. Pages, their navigations and files are
 * compressed as before.
 */
export function dropCompressionOfActionAnswers(request: IncomingMessage): void {
  if (request.method === "POST" && request.headers["next-action"]) delete request.headers["accept-encoding"];
}

/**
 * A server action's answer leaves in one write. Node sends a streamed answer as it comes: the
 * headers, then each chunk, then the chunked encoding's end, three writes to the socket for the
 * autosave's hundred bytes, and on loopback or a virtual machine each write costs about as much as
 * a tenth of the save (waking the receiver). The socket is corked for the answer and uncorked when
 * it ends; an answer that grows past WHOLE_ANSWER_BYTES (an action that renders pages) is let go
 * at that point, so that Next's wait for the socket to drain cannot wait on the cork.
 */
export function sendActionAnswersWhole(request: IncomingMessage, response: ServerResponse): void {
  const socket = response.socket;
  if (request.method !== "POST" || !request.headers["next-action"] || !socket) return;
  socket.cork();
  let corked = true;
  const release = () => {
    if (!corked) return;
    corked = false;
    socket.uncork();
  };
  const { write, end } = response;
  response.write = function (this: ServerResponse, ...args: Parameters<ServerResponse["write"]>) {
    const accepted = write.apply(this, args);
    if (!accepted || socket.writableLength >= WHOLE_ANSWER_BYTES) release();
    return accepted;
  } as ServerResponse["write"];
  response.end = function (this: ServerResponse, ...args: Parameters<ServerResponse["end"]>) {
    const ended = end.apply(this, args);
    release();
    return ended;
  } as ServerResponse["end"];
  response.once("close", release);
}

/** A server action's answer up to this size is sent in one write (sendActionAnswersWhole). */
export const WHOLE_ANSWER_BYTES = 8 * 1024;

/** Bodies up to this are read to their end before the 413 (cheaper than a failed upload the user retries). */
const DISCARD_LIMIT_BYTES = 100 * 1024 * 1024;
