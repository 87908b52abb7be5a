/**
 * The origin to put in links we send out (reset e-mails). NEXTAUTH_URL (or the first of
 * APP_ORIGINS) when configured: a link built from the request's Host header could be pointed at
 * another site by whoever sends the request. Without either, the request's own origin is used,
 * which is right for a local or single-host install.
 */
export function publicOrigin(request: Request): string {
  if (process.env.NEXTAUTH_URL) return new URL(process.env.NEXTAUTH_URL).origin;
  const configured = (process.env.APP_ORIGINS ?? "").split(",").map((o) => o.trim()).find(Boolean);
  if (configured) return new URL(configured).origin;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return new URL(request.url).origin;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}
