import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// Runs before every page: sets the Content-Security-Policy and sends signed-out visitors of staff
// URLs to the login page with the way back.
//
// CSP: staff pages and the login page are rendered per request, so their scripts carry a fresh
// nonce and `'unsafe-inline'` scripts are not allowed. Public pages are plain HTML
// (app/(public)/_html) whose only script is the print button's file from this origin, so they allow
// scripts from the origin itself and never inline ones. Styles allow inline `style` attributes and
// the public pages' inlined stylesheet; scripts are what matters.

function isStaffPath(pathname: string): boolean {
  return pathname === "/staff" || pathname.startsWith("/staff/") || pathname === "/login";
}

function contentSecurityPolicy(scriptSource: string): string {
  return [
    "default-src 'self'",
    `script-src ${scriptSource}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (!isStaffPath(pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", contentSecurityPolicy("'self'"));
    return response;
  }

  // An optimistic check only (is there a session cookie at all?). The real check — a valid
  // session, an active user, the role for this data — happens in every staff page, action and
  // route (lib/server/auth).
  if (pathname !== "/login" && !getSessionCookie(request, { cookiePrefix: "gknb" })) {
    const login = new URL("/login", request.url);
    login.searchParams.set("next", `${pathname}${search}`);
    return NextResponse.redirect(login);
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const policy = contentSecurityPolicy(`'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  // Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sitemap.xml).*)",
      // Server actions answer with data, not markup (no CSP to set), and check the session
      // themselves, answering a signed-out caller in their own way: the proxy is skipped for
      // them, the most frequent request of the season (the autosave) among them.
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "next-action" },
      ],
    },
  ],
};
