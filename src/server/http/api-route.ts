/**
 * The wrapper every route handler goes through: whatever a handler throws becomes a JSON answer
 * a person can act on (503 while the database is down, 500 otherwise), never a stack trace.
 */
import "server-only";
import { isDatabaseUnavailable } from "./database-errors";

export function jsonError(status: number, error: string, extra?: Record<string, unknown>): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

export const DATABASE_UNAVAILABLE_MESSAGE = "The database is not reachable right now. Please try again in a moment.";

export function apiRoute<Context>(handler: (request: Request, context: Context) => Promise<Response>) {
  return async (request: Request, context: Context): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return jsonError(503, DATABASE_UNAVAILABLE_MESSAGE);
      console.error(`[interleaf] ${request.method} ${new URL(request.url).pathname} failed:`, error);
      return jsonError(500, "Something went wrong on our side. The error has been logged.");
    }
  };
}
