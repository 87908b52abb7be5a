/**
 * The wrapper every route handler goes through. It refuses cross-site writes (403), and turns
 * whatever a handler throws into a JSON answer a person can act on: the HttpError's own status,
 * 401 for a missing session, 503 while the database is down, 500 otherwise. Never a stack trace.
 */
import "server-only";
import { isDatabaseUnavailable, isUnstorableText } from "./database-errors";
import { HttpError, UnauthorizedError, type ErrorDetails } from "./errors";
import { isCrossSiteWrite } from "./same-origin";

/**
 * A refusal as JSON: `{ error, code, ...details }` (the code from lib/errors/codes.ts). A `retryAfterSeconds` detail (429, 503) is
 * also sent as the `Retry-After` header, which clients and proxies read.
 */
export function jsonError(status: number, error: string, extra: ErrorDetails): Response {
  const headers = new Headers({ "Cache-Control": "no-store" });
  const retryAfter = extra.retryAfterSeconds;
  if (typeof retryAfter === "number" && Number.isFinite(retryAfter)) headers.set("Retry-After", String(Math.max(1, Math.ceil(retryAfter))));
  return Response.json({ error, ...extra }, { status, headers });
}

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not reachable right now. Please try again in a moment.";

export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    if (isCrossSiteWrite(request))
      return jsonError(403, "Requests from other sites may not change anything here.", { code: "cross_site_write" });
    try {
      return await handler(request, context);
    } catch (error) {
      if (error instanceof HttpError) return jsonError(error.status, error.message, error.details);
      if (error instanceof UnauthorizedError) return jsonError(401, error.message, { code: "sign_in_required" });
      if (isDatabaseUnavailable(error)) return jsonError(503, DATABASE_UNAVAILABLE_MESSAGE, { code: "database_unavailable" });
      if (isUnstorableText(error))
        return jsonError(400, "The request contains characters that cannot be stored (such as NUL). Remove them and try again.", {
          code: "unstorable_text",
        });
      console.error(`[interleaf] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500, "Something went wrong on our side. The error has been logged.", { code: "internal_error" });
    }
  };
}
