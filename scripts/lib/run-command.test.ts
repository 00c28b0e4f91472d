import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { APP_SERVER_NODE_OPTIONS } from "./run-command";

describe("the app server's Node settings", () => {
  it("are the same for npm start, the tests and benchmarks, and the production image", () => {
    const dockerfile = readFileSync(join(process.cwd(), "deploy/app.Dockerfile"), "utf8");
    expect(dockerfile).toContain(`ENV NODE_OPTIONS=${APP_SERVER_NODE_OPTIONS}\n`);
  });
});
