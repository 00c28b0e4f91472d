import type { IncomingMessage, ServerResponse } from "node:http";

// Sign-ins are let into the app a few at a time. Fifty arriving at once (08:30 on the last day
// before the deadline) otherwise all start at once: Next parses and runs fifty server actions in
// the same few hundred milliseconds of the one event loop, and every other request (a public
// page, /api/health) waits behind them (health p99 410 ms on a quiet 2-core machine). Their
// password checks run one at a time anyway (password-hash.ts), so a sign-in that waits here,
// doing nothing, is answered no later. Waiting costs no CPU and holds no database connection.

const DEFAULT_CONCURRENT_SIGN_INS = 2;

/** The sign-in form's server action (POST /login with Next's action header). */
export function isSignInRequest(request: IncomingMessage): boolean {
  return (
    request.method === "POST" &&
    Boolean(request.headers["next-action"]) &&
    (request.url ?? "").split("?")[0] === "/login"
  );
}

export class SignInAdmission {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly limit = Number(process.env.SIGN_IN_CONCURRENCY) || DEFAULT_CONCURRENT_SIGN_INS) {}

  /** Runs `serve` when a place is free, and frees it when the answer is finished or the client is gone. */
  admit(response: ServerResponse, serve: () => void): void {
    const start = () => {
      this.running++;
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        this.running--;
        this.waiting.shift()?.();
      };
      response.once("finish", release);
      response.once("close", release);
      serve();
    };
    if (this.running < this.limit) start();
    else this.waiting.push(start);
  }
}
