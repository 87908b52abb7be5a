/**
 * How many proxies of the operator's stand in front of the app (TRUSTED_PROXY_HOPS): the one
 * setting that decides whether any X-Forwarded-* header may be believed (server/auth/client-address.ts
 * for addresses, public-origin.ts for the host an export names). Without proxies, those headers
 * are written by the client.
 */

/** The most hops anyone needs (a CDN, a load balancer and a reverse proxy is three). */
export const MAX_TRUSTED_PROXY_HOPS = 10;

/**
 * TRUSTED_PROXY_HOPS as a number, or a sentence saying what is wrong with it. TRUST_PROXY=false
 * (the old setting) still means 0; TRUST_PROXY=true alone is refused, since it used to trust the
 * leftmost X-Forwarded-For entry, which the client writes.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): { hops: number } | { error: string } {
  const configured = env.TRUSTED_PROXY_HOPS?.trim();
  if (configured) {
    const hops = Number(configured);
    if (!/^\d+$/.test(configured) || hops > MAX_TRUSTED_PROXY_HOPS) {
      return {
        error: `TRUSTED_PROXY_HOPS must be the number of proxies in front of the app, 0 to ${MAX_TRUSTED_PROXY_HOPS} (0 when clients connect to it directly), not "${configured}".`,
      };
    }
    return { hops };
  }
  const legacy = env.TRUST_PROXY?.trim().toLowerCase();
  if (legacy && legacy !== "false" && legacy !== "0") {
    return {
      error:
        "TRUST_PROXY is no longer read: set TRUSTED_PROXY_HOPS to the number of proxies in front of the app (1 behind one reverse proxy, 0 when clients connect directly) and remove TRUST_PROXY.",
    };
  }
  return { hops: 0 };
}
