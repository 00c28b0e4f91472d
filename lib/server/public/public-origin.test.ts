import { afterEach, describe, expect, it } from "vitest";
import { publicOrigin } from "./public-origin";

afterEach(() => delete process.env.PUBLIC_ORIGIN);

describe("publicOrigin", () => {
  it("is the request's origin when nothing is configured", () => {
    expect(publicOrigin("http://localhost:3000/api/public/reports?year=2020")).toBe("http://localhost:3000");
  });

  it("is the configured public origin behind a proxy", () => {
    process.env.PUBLIC_ORIGIN = "https://nianbao.example.gov.cn/";
    expect(publicOrigin("http://127.0.0.1:3000/api/public/reports")).toBe("https://nianbao.example.gov.cn");
    expect(new URL("/reports/2020/bxskxjsj", publicOrigin("http://127.0.0.1:3000/")).toString()).toBe(
      "https://nianbao.example.gov.cn/reports/2020/bxskxjsj",
    );
  });

  it("refuses a configured origin that is not http(s)", () => {
    process.env.PUBLIC_ORIGIN = "javascript:alert(1)";
    expect(() => publicOrigin("http://localhost:3000/")).toThrow("PUBLIC_ORIGIN");
  });
});
