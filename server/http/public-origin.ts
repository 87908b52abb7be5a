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
