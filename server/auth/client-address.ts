/**
 * The caller's address, for throttling. Behind a proxy the first X-Forwarded-For hop is the
 * client; set TRUST_PROXY=false when the app faces the internet directly, so a client cannot
 * pick its own address with that header.
 */
type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

function header(headers: HeaderSource, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

export function clientAddress(headers: HeaderSource): string {
  if (process.env.TRUST_PROXY === "false") return "direct";
  const forwarded = header(headers, "x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || header(headers, "x-real-ip") || "unknown";
}
