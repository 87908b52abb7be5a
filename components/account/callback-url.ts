/**
 * Where to go after signing in or up: a path on this site only. Absolute URLs keep just their
 * path (so they can only lead back here), protocol-relative ones ("//evil.example") become "/",
 * and the sign-in and sign-up pages themselves are skipped.
 */
export function safeCallbackUrl(raw: unknown): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== "string" || value === "") return "/";
  let url: URL;
  try {
    url = new URL(value, "http://interleaf.invalid");
  } catch {
    return "/";
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || /^\/(?:signin|signup)(?:[/?#]|$)/.test(path)) return "/";
  return path;
}
