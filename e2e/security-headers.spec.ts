import { expect, signInAs, test } from "./fixtures";

function scriptSource(policy: string | undefined): string {
  return (
    policy
      ?.split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src")) ?? ""
  );
}

test("every response carries the security headers", async ({ request }) => {
  for (const path of ["/", "/login", "/reports/2020/bxskxjsj", "/api/health", "/reports/2020/no-such-agency"]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("staff pages allow only scripts with this response's nonce, and they still work", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(message.text())) refused.push(message.text());
  });
  const login = await page.goto("/login");
  const policy = login?.headers()["content-security-policy"];
  expect(scriptSource(policy)).toMatch(/'nonce-[A-Za-z0-9+/=]+'/);
  expect(scriptSource(policy)).not.toContain("'unsafe-inline'");

  await signInAs(page, "clerk");
  const staff = await page.goto("/staff");
  const staffPolicy = staff?.headers()["content-security-policy"];
  expect(scriptSource(staffPolicy)).not.toContain("'unsafe-inline'");
  expect(scriptSource(staffPolicy)).not.toEqual(scriptSource(policy));
  expect(refused).toEqual([]);
});

test("session cookies are HttpOnly and SameSite", async ({ page, context }) => {
  await signInAs(page, "clerk");
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");
});

test("a request body too large for any form is answered 413 文件过大, not 500", async ({ request }) => {
  const response = await request.post("/staff/admin/import", {
    headers: { "content-type": "application/octet-stream" },
    data: Buffer.alloc(5 * 1024 * 1024, 97),
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("文件过大");
});

test("no HSTS over plain http, whatever X-Forwarded-Proto a client sends (no proxy is declared here)", async ({
  request,
}) => {
  const response = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(response.headers()["strict-transport-security"]).toBeUndefined();
});
