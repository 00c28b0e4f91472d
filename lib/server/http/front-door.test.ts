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
