// @ts-check
/**
 * Loaded into the Next server process by scripts/start.ts beside peer-address-preload.mjs, before
 * Next. Makes an address whose path has percent escapes that are not UTF-8 (`/%ED%A0%80`, a lone
 * surrogate; `/%FF`) an ordinary address that does not exist, instead of a 500.
 *
 * Why: Next decodes the path to match dynamic segments; decodeURIComponent throws on such escapes,
 * Next answers that with a 400 rendered by the Pages Router's `/_error`, and an App Router-only
 * app has none, so the answer became a bare "500 Internal Server Error" (and no security
 * headers). Here each run of escapes that does not decode has its `%` escaped (`%25ED%25A0%2580`):
 * the path now names the literal text "%ED%A0%80", which no page or document has, so pages answer
 * the 404 page and the API its JSON 404 (or 400 where the route validates the value).
 *
 * Synchronously on `http.server.request.start`, which Node publishes before the server's "request"
 * event, so Next only ever sees the repaired address. The query string is left alone:
 * URLSearchParams decodes bad escapes to U+FFFD without throwing.
 */
import { subscribe } from "node:diagnostics_channel";

const ESCAPE_RUN = /(?:%[0-9A-F]{2})+/gi;

/** The path with every run of percent escapes that is not valid UTF-8 made literal. */
export function repairUndecodablePath(url) {
  const queryAt = url.indexOf("?");
  const path = queryAt < 0 ? url : url.slice(0, queryAt);
  if (!path.includes("%")) return url;
  try {
    decodeURIComponent(path);
    return url;
  } catch {
    const repaired = path.replace(ESCAPE_RUN, (run) => {
      try {
        decodeURIComponent(run);
        return run;
      } catch {
        return run.replaceAll("%", "%25");
      }
    });
    return queryAt < 0 ? repaired : repaired + url.slice(queryAt);
  }
}

subscribe("http.server.request.start", (message) => {
  const { request } = /** @type {{ request: import("node:http").IncomingMessage }} */ (message);
  if (request.url) request.url = repairUndecodablePath(request.url);
});
