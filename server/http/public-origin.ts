import { trustedProxyHops } from "./trusted-proxies";

/**
 * The origin to put in absolute links we hand out (reset e-mails, share links, exports): only ever
 * a configured one, never the request's Host or X-Forwarded-Host, which whoever sends the request
 * chooses (a reset request with `X-Forwarded-Host: evil.example` would otherwise mail the victim a
 * link to evil.example).
 *
 * NEXTAUTH_URL when set. Without it (the embedded and development default) reset links go to the
 * server log, not by e-mail (scripts/start.ts refuses SMTP_URL without NEXTAUTH_URL), and the app
 * is reached on this machine, so http://localhost:PORT.
 */
export function publicOrigin(): string {
  const configured = process.env.NEXTAUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  return `http://localhost:${process.env.PORT || 3000}`;
}

/** Whether links can be e-mailed: e-mail needs a configured public origin (see above). */
export const hasConfiguredOrigin = (): boolean => Boolean(process.env.NEXTAUTH_URL?.trim());

/**
 * The origin for ids in an answer to `request` itself (the JSON-LD export): the configured one, else the
 * origin the client used to reach us, from its Host header, so ids are addresses the client can
 * follow (http://localhost:3000 or https://school.example, never the bound http://0.0.0.0:3000).
 * Trusting Host is safe here, unlike for e-mailed links: whoever sends a false Host only gets their
 * own answer (never cached: `private, no-store`) with their own host in it. X-Forwarded-Host and
 * -Proto count only behind proxies the operator declared (TRUSTED_PROXY_HOPS), as for addresses.
 */
export function exportOrigin(request: Request): string {
  if (hasConfiguredOrigin()) return publicOrigin();
  const url = new URL(request.url);
  const proxies = trustedProxyHops();
  const forwarded = (name: string) =>
    "hops" in proxies && proxies.hops > 0 ? request.headers.get(name)?.split(",")[0]?.trim() : undefined;
  const host = forwarded("x-forwarded-host") || request.headers.get("host")?.trim();
  const forwardedProto = forwarded("x-forwarded-proto")?.toLowerCase();
  // Not url.protocol: Next builds the request's URL from X-Forwarded-Proto too. The app itself
  // serves plain HTTP; https is a proxy's, and only a declared proxy's word counts.
  const protocol = forwardedProto === "https" || forwardedProto === "http" ? `${forwardedProto}:` : "http:";
  if (host) {
    try {
      const origin = new URL(`${protocol}//${host}`);
      if (origin.host === host.toLowerCase() && !isUnspecifiedHost(origin.hostname)) return origin.origin;
    } catch {
      // not a host: fall through
    }
  }
  return isUnspecifiedHost(url.hostname) ? publicOrigin() : url.origin;
}

/** 0.0.0.0 and [::] are where a server listens, never an address to visit. */
const isUnspecifiedHost = (hostname: string): boolean => hostname === "0.0.0.0" || hostname === "[::]" || hostname === "::";
