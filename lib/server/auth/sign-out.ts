import "server-only";
import { auth } from "./auth";

export async function signOut(headers: Headers): Promise<void> {
  // Signing out without a session is not an error: the result is the same.
  await auth()
    .api.signOut({ headers })
    .catch(() => undefined);
}
