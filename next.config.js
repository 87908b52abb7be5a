// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";
import { localeRewrites } from "./lib/i18n/locale-rewrites.js";

/**
 * Content-Security-Policy: scripts, styles, fetches and forms only from this origin; no plugins;
 * no framing by other sites (clickjacking on annotation controls). Inline scripts stay allowed:
 * Next writes its own inline scripts into every page (the RSC payload, `self.__next_f.push(...)`),
 * so a policy without 'unsafe-inline' needs a nonce or hashes. A nonce is per request, which makes
 * every page dynamic, and the reader is static HTML rendered once per language and shared by every
 * visitor (its speed depends on that); the inline scripts' contents change with every page and
 * build, so hashes cannot be listed here either (and a proxy cannot hash a body it never sees;
 * Next's experimental `sri` only covers external script files). Notes never reach the page as
 * HTML, so there is no user markup to smuggle a script in.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "development" ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'self'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join("; ");

const securityHeaders = [
  // Browsers obey HSTS only on a response that came over HTTPS (RFC 6797, 8.1) and ignore it over
  // plain HTTP, so one header serves both: behind HTTPS (NEXTAUTH_URL https://…) browsers keep to
  // HTTPS for two years, and a LAN or localhost install on http:// is unaffected. (Headers here are
  // fixed at build time, so they cannot depend on NEXTAUTH_URL at run time.)
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "X-Frame-Options", value: "SAMEORIGIN" },
];

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes the whole HTML of a cached page on every request to make its ETag (0.3 ms for the
  // letter's 135,000 characters, a tenth of its time to first byte). Cached pages are the same for
  // everyone and cheap to send again; a conditional GET would save bytes, not time, here.
  generateEtags: false,
  // Cached pages' HTML as bytes, encoded once (the handler says why).
  cacheHandler: fileURLToPath(new URL("./server/runtime/page-cache-handler.mjs", import.meta.url)),
  experimental: {
    // Pages rendered after the build (every reader page, and the 404 of every unknown address)
    // stay in the in-memory cache (an LRU of 50 MB) instead of also being written under .next:
    // requests for made-up slugs could otherwise fill the disk, five files each.
    isrFlushToDisk: false,
  },
  reactStrictMode: true,
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Share links carry their token in the path: never send it on to other sites. Listed last, so it wins.
      { source: "/s/:path*", headers: [{ key: "Referrer-Policy", value: "no-referrer" }] },
    ];
  },
  // Before the file system: "/signup" must not reach "[locale]" as a locale named "signup".
  async rewrites() {
    return { beforeFiles: localeRewrites(), afterFiles: [], fallback: [] };
  },
};

// Messages are compiled at build time, so the browser gets no ICU parser (the reader's first load stays small).
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

export default withNextIntl(nextConfig);
