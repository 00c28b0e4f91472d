// The request headers a server action sees through next/headers in the security tests (a session
// cookie, for one). Kept apart from signed-in-caller.ts so that the next/headers mock needs nothing
// that imports the real current-user module (which imports next/headers itself).
//   vi.mock("next/headers", async () => ({ headers: (await import("./request-headers")).readRequestHeaders }));
export const request = { headers: new Headers() };

export async function readRequestHeaders(): Promise<Headers> {
  return request.headers;
}
