/**
 * The signed-in request's next-auth token, read from its cookie. next-auth's getServerSession()
 * does the same and more: it builds its whole handler, decrypts the token, then encrypts and
 * signs a fresh one to set as a cookie, which a route handler or server component cannot set
 * anyway. Here the cookie is decrypted once per distinct value (a bounded cache: the same cookie
 * string always decrypts to the same token) and its expiry checked on every use.
 */
import "server-only";
import { decode, type JWT } from "next-auth/jwt";
import { cookies } from "next/headers";
import { BoundedCache } from "../cache/bounded-cache";

// next-auth's own names: the __Secure- prefix when the public URL is https; large tokens are split into .0, .1, …
const COOKIE_NAME = `${process.env.NEXTAUTH_URL?.startsWith("https://") ? "__Secure-" : ""}next-auth.session-token`;
// jose's allowance when next-auth decodes.
const CLOCK_TOLERANCE_S = 15;

const decoded = new BoundedCache<string, JWT | null>({ maxEntries: 5_000, ttlMs: 10 * 60_000 });

export async function readSessionCookie(): Promise<string | null> {
  const jar = await cookies();
  const whole = jar.get(COOKIE_NAME)?.value;
  if (whole) return whole;
  const chunks = jar
    .getAll()
    .filter((c) => c.name.startsWith(`${COOKIE_NAME}.`))
    .sort((a, b) => Number(a.name.slice(COOKIE_NAME.length + 1)) - Number(b.name.slice(COOKIE_NAME.length + 1)));
  return chunks.length ? chunks.map((c) => c.value).join("") : null;
}

/** The token in the request's session cookie, or null (no cookie, not ours, expired). */
export async function readSessionToken(): Promise<JWT | null> {
  const cookie = await readSessionCookie();
  if (!cookie) return null;
  let token = decoded.get(cookie);
  if (token === undefined) {
    const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
    if (!secret) return null;
    try {
      token = await decode({ token: cookie, secret });
    } catch {
      token = null;
    }
    decoded.set(cookie, token);
  }
  if (!token) return null;
  const exp = typeof token.exp === "number" ? token.exp : 0;
  return exp + CLOCK_TOLERANCE_S > Date.now() / 1000 ? token : null;
}
