/**
 * The caller's address, for the limits keyed on it (sign-in, password change, sign-up, class codes).
 *
 * By default the app faces its clients directly and the address is the TCP peer's, which
 * scripts/peer-address-preload.mjs writes into `x-interleaf-peer-address` before Next sees the
 * request (overwriting any such header a client sent). X-Forwarded-For is a header the client
 * writes, so it counts only when the operator says how many proxies of theirs stand in front:
 * with TRUSTED_PROXY_HOPS=N the address is the Nth from the right of X-Forwarded-For (each proxy
 * appends the address it received the request from), the peer itself counting as hop 0.
 *
 * IPv6 addresses count per /64, the block one household or machine is usually given, so walking
 * through one's own block does not buy fresh limits.
 */
import { trustedProxyHops } from "../http/trusted-proxies";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export const PEER_ADDRESS_HEADER = "x-interleaf-peer-address";

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value.join(", ") : value;
}

/** The key a limit counts for this address: IPv4 as is, IPv6 by its /64. */
export function addressKey(address: string): string {
  let value = address.trim().toLowerCase();
  if (value.startsWith("[") && value.endsWith("]")) value = value.slice(1, -1);
  const zone = value.indexOf("%");
  if (zone >= 0) value = value.slice(0, zone);
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped) return mapped[1]!;
  if (!value.includes(":")) return value.slice(0, 64) || "unknown";
  const groups = expandIpv6(value);
  return groups ? `${groups.slice(0, 4).join(":")}::/64` : value.slice(0, 64);
}

/** The eight groups of an IPv6 address (without leading zeros), or null when it is not one. */
function expandIpv6(value: string): string[] | null {
  if (value.length > 45 || !/^[0-9a-f:.]+$/.test(value)) return null;
  const halves = value.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string) => (part ? part.split(":") : []);
  const head = parse(halves[0]!);
  const tail = halves.length === 2 ? parse(halves[1]!) : [];
  // A trailing dotted IPv4 part stands for two groups.
  const last = (halves.length === 2 ? tail : head).at(-1);
  const ipv4Groups = last?.includes(".") ? 1 : 0;
  const missing = 8 - head.length - tail.length - ipv4Groups;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return null;
  const groups = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (groups.some((g) => !g.includes(".") && !/^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => (g.includes(".") ? g : g.replace(/^0+(?=.)/, "")));
}

/**
 * The address to count limits against, as a key (see addressKey). "unknown" when the request
 * came in without the peer header (only outside `npm start`, e.g. a bare `next start`): everyone
 * then shares one count, which errs on the side of limiting.
 */
export function clientAddress(headers: HeaderSource): string {
  const settings = trustedProxyHops();
  const hops = "hops" in settings ? settings.hops : 0;
  const peer = header(headers, PEER_ADDRESS_HEADER)?.trim();
  if (hops === 0) return peer ? addressKey(peer) : "unknown";
  const forwarded = (header(headers, "x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Rightmost first: the peer (hop 0), then what each trusted proxy appended.
  const chain = [...(peer ? [peer] : []), ...forwarded.reverse()];
  // Fewer entries than hops: the request skipped a proxy; the furthest address we have is the best guess.
  const chosen = chain[Math.min(hops - (peer ? 0 : 1), chain.length - 1)];
  return chosen ? addressKey(chosen) : "unknown";
}
