/** Reads `limit` and `after` from a list request's query string (400 with field errors when wrong). */
import "server-only";
import { pageQuerySchema, type PageQuery } from "@/lib/validation/page-query";
import { validationError } from "./errors";

export function readPageQuery(request: Request): PageQuery {
  const params = new URL(request.url).searchParams;
  const parsed = pageQuerySchema.safeParse({ limit: params.get("limit") ?? undefined, after: params.get("after") ?? undefined });
  if (!parsed.success) throw validationError(parsed.error, "This page of the list cannot be given.");
  return parsed.data;
}
