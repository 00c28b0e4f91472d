import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";

// An optimistic check only (is there a session cookie at all?), so that a signed-out visitor of a
// staff URL lands on the login page with the way back. The real check — a valid session, an active
// user, the role for this data — happens in every staff page, action and route (lib/server/auth).
export function proxy(request: NextRequest) {
  if (getSessionCookie(request, { cookiePrefix: "gknb" })) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("next", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/staff", "/staff/:path*"] };
