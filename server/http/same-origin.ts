/**
 * Cross-site request refusal for state-changing requests. Browsers send Origin on every POST,
 * PATCH and DELETE (and Sec-Fetch-Site on all requests); a request another site made a user's
 * browser send carries that other site's origin. Clients that are not browsers send neither and
 * carry no ambient cookies, so they are let through.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function expectedOrigins(request: Request): Set<string> {
  const origins = new Set<string>([new URL(request.url).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (host) {
    const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
    origins.add(`${proto}://${host}`);
  }
  for (const origin of (process.env.APP_ORIGINS ?? "").split(",")) if (origin.trim()) origins.add(origin.trim());
  if (process.env.NEXTAUTH_URL) origins.add(new URL(process.env.NEXTAUTH_URL).origin);
  return origins;
}

export function isCrossSiteWrite(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin) return origin === "null" || !expectedOrigins(request).has(origin);
  const site = request.headers.get("sec-fetch-site");
  return site === "cross-site";
}
