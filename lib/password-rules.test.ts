import { describe, expect, it } from "vitest";
import { checkPasswordShape } from "./password-rules";

describe("checkPasswordShape", () => {
  it.each([
    ["aaaaaaaaaa", "三类"],
    ["Ab1!", "至少 8 个字符"],
    ["abcdefgh12", "三类"],
    ["ABCDEFGH!!", "三类"],
    ["zhangsan-2026", "用户名"],
    ["ZhangSan#2026", "用户名"],
    ["x".repeat(129), "不超过"],
  ])("refuses %j", (password, message) => {
    expect(checkPasswordShape(password, "zhangsan@benxi.gov.cn")).toContain(message);
  });

  it.each(["Spring-2026", "reset-pass-2026", "Gkn8!wq2", "数据公开-2026-ab"])("accepts %j", (password) => {
    expect(checkPasswordShape(password, "zhangsan@benxi.gov.cn")).toBeNull();
  });
});
