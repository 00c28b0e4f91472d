import { describe, expect, it } from "vitest";
import { revalidatePublishedReport } from "./revalidate-published-report";

describe("revalidatePublishedReport", () => {
  it("does nothing outside the Next.js server (the CLI, tests): there is no cache of that process to expire", () => {
    expect(() => revalidatePublishedReport(2020, "bxskxjsj")).not.toThrow();
  });
});
