// No "server-only" here: scripts/serve.ts (plain Node, outside React Server Components) imports it too.

// The client's address for the sign-in throttle and the security log. Never taken from a request
// header the client can write, unless the deployment says which one its proxy sets:
//   TRUSTED_PROXY_HEADER=x-forwarded-for   (the rightmost entry: the one our proxy appended)
//   TRUSTED_PROXY_HEADER=x-real-ip
// Without it, the address is the TCP peer as seen by scripts/serve.ts, which overwrites
// PEER_ADDRESS_HEADER on every request (and marks the process, so that a bare `next start`, where
// nobody overwrites the header, does not trust it); otherwise the address is unknown (null).

export const PEER_ADDRESS_HEADER = "x-gknb-peer-address";
const holder = globalThis as typeof globalThis & { __gknbPeerAddressSet?: boolean };

/** Called by the production server once it overwrites PEER_ADDRESS_HEADER on every request. */
export function markPeerAddressHeaderSet(): void {
  holder.__gknbPeerAddressSet = true;
}

function clean(value: string | undefined | null): string | null {
  const address = value?.trim().replace(/^::ffff:/, "");
  return address && address.length <= 64 && /^[0-9a-fA-F.:]+$/.test(address) ? address : null;
}

export function clientAddress(headers: Headers): string | null {
  const trusted = process.env.TRUSTED_PROXY_HEADER?.trim().toLowerCase();
  if (trusted) return clean(headers.get(trusted)?.split(",").at(-1));
  return holder.__gknbPeerAddressSet ? clean(headers.get(PEER_ADDRESS_HEADER)) : null;
}
