import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { HSTS_VALUE, MAX_REQUEST_BODY_BYTES, applyFrontDoor } from "./front-door";
import { MAX_UPLOAD_REQUEST_BYTES, UPLOAD_PATH_PREFIX } from "./upload-limits";

let server: Server;
let port: number;

beforeAll(async () => {
  // As scripts/serve.ts: the front door first, then "Next" (here: an echo of the body length).
  server = createServer((request, response) => {
    if (applyFrontDoor(request, response)) return;
    let bytes = 0;
    request.on("data", (chunk: Buffer) => (bytes += chunk.length));
    request.on("end", () => {
      response.setHeader("x-accept-encoding-seen", request.headers["accept-encoding"] ?? "(none)");
      response.end(`read ${bytes}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
afterEach(() => delete process.env.TRUSTED_PROXY_HEADER);

function send(
  headers: Record<string, string>,
  body?: Buffer,
  path = "/staff/admin/import",
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: "127.0.0.1", port, path, method: body ? "POST" : "GET", headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () =>
          resolve({
            status: response.statusCode!,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          }),
        );
      },
    );
    outgoing.on("error", reject);
    outgoing.end(body);
  });
}

describe("front door", () => {
  it("answers an oversized body with 413 and 文件过大, without reading it into the app", async () => {
    const answer = await send(
      { "content-type": "multipart/form-data; boundary=x" },
      Buffer.alloc(MAX_REQUEST_BODY_BYTES + 1, 97),
    );
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("文件过大");
  });

  it("lets one report file through to the upload routes, and not more", async () => {
    const file = await send({}, Buffer.alloc(MAX_REQUEST_BODY_BYTES * 5, 97), `${UPLOAD_PATH_PREFIX}read`);
    expect(file).toMatchObject({ status: 200, text: `read ${MAX_REQUEST_BODY_BYTES * 5}` });
    const more = await send({}, Buffer.alloc(MAX_UPLOAD_REQUEST_BYTES + 1, 97), `${UPLOAD_PATH_PREFIX}read`);
    expect(more.status).toBe(413);
    expect(more.text).toContain("文件过大");
  });

  it("lets a body within the limit through", async () => {
    const answer = await send({}, Buffer.alloc(1000, 97));
    expect(answer).toMatchObject({ status: 200, text: "read 1000" });
  });

  it("sends HSTS only when https is vouched for by the declared proxy", async () => {
    expect((await send({ "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toBeUndefined();
    process.env.TRUSTED_PROXY_HEADER = "x-forwarded-for";
    expect((await send({ "x-forwarded-proto": "https" })).headers["strict-transport-security"]).toBe(HSTS_VALUE);
    expect((await send({ "x-forwarded-proto": "http" })).headers["strict-transport-security"]).toBeUndefined();
    expect((await send({})).headers["strict-transport-security"]).toBeUndefined();
  });
});

describe("compression of server actions' answers", () => {
  it("withholds Accept-Encoding from Next for server actions only, so their small answers are not gzipped", async () => {
    const action = await send(
      { "next-action": "abc123", "accept-encoding": "gzip, br" },
      Buffer.from("[]"),
      "/staff/x",
    );
    expect(action.headers["x-accept-encoding-seen"]).toBe("(none)");
    const form = await send({ "accept-encoding": "gzip, br" }, Buffer.from("a=1"), "/staff/x");
    expect(form.headers["x-accept-encoding-seen"]).toBe("gzip, br");
    const page = await send({ "next-action": "abc123", "accept-encoding": "gzip" }, undefined, "/staff/x");
    expect(page.headers["x-accept-encoding-seen"]).toBe("gzip");
  });
});

describe("server actions' answers in one write", () => {
  // As Next answers an action: the headers, then the answer streamed in chunks, honouring the
  // socket's backpressure. `chunks` chunks of `size` bytes; the socket's writes are counted.
  let streaming: Server;
  let streamingPort: number;
  const writes: number[] = [];

  beforeAll(async () => {
    streaming = createServer((request, response) => {
      const socket = response.socket! as typeof response.socket & { _writeGeneric: (...args: unknown[]) => unknown };
      const writeGeneric = socket._writeGeneric;
      let count = 0;
      socket._writeGeneric = function (this: unknown, ...args: unknown[]) {
        count++;
        return writeGeneric.apply(this, args);
      };
      response.on("finish", () => writes.push(count));
      if (applyFrontDoor(request, response)) return;
      const url = new URL(request.url!, "http://x");
      const [chunks, size] = [Number(url.searchParams.get("chunks")), Number(url.searchParams.get("size"))];
      request.resume();
      request.on("end", async () => {
        response.setHeader("content-type", "text/x-component");
        for (let index = 0; index < chunks; index++) {
          if (!response.write(Buffer.alloc(size, 97 + (index % 26))))
            await new Promise((resolve) => response.once("drain", resolve));
          await new Promise((resolve) => setImmediate(resolve));
        }
        response.end();
      });
    });
    await new Promise<void>((resolve) => streaming.listen(0, "127.0.0.1", resolve));
    streamingPort = (streaming.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => streaming.close(resolve)));

  async function answer(headers: Record<string, string>, chunks: number, size: number) {
    writes.length = 0;
    const response = await fetch(`http://127.0.0.1:${streamingPort}/staff/x?chunks=${chunks}&size=${size}`, {
      method: "POST",
      headers,
      body: "[]",
    });
    const body = Buffer.from(await response.arrayBuffer());
    return { body, writes: writes[0] };
  }

  it("sends a small action answer, headers and chunks, in one write; other answers as they come", async () => {
    const action = await answer({ "next-action": "abc123" }, 3, 40);
    expect(action.body.toString()).toBe("a".repeat(40) + "b".repeat(40) + "c".repeat(40));
    expect(action.writes).toBe(1);
    const form = await answer({}, 3, 40);
    expect(form.body.byteLength).toBe(120);
    expect(form.writes).toBeGreaterThan(1);
  });

  it("lets a large action answer stream, whole, instead of waiting on the cork", async () => {
    const large = await answer({ "next-action": "abc123" }, 200, 4096);
    expect(large.body.byteLength).toBe(200 * 4096);
    expect(large.body.subarray(199 * 4096).every((byte) => byte === 97 + (199 % 26))).toBe(true);
    expect(large.writes).toBeGreaterThan(1);
  });
});
