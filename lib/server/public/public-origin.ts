import "server-only";

/**
 * The origin of the open-data API's absolute URLs: PUBLIC_ORIGIN (e.g. https://nianbao.example.gov.cn)
 * when the deployment sets it — behind a proxy the app only sees its own address — otherwise the
 * origin the request came to.
 */
export function publicOrigin(requestUrl: string): string {
  const configured = process.env.PUBLIC_ORIGIN?.trim();
  if (!configured) return new URL(requestUrl).origin;
  const url = new URL(configured);
  if (url.protocol !== "https:" && url.protocol !== "http:")
    throw new Error(`PUBLIC_ORIGIN 应为 http(s) 地址：${configured}`);
  return url.origin;
}
