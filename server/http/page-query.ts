/** Reads `limit` and `after` from a list request's query string, through readQuery (400 `invalid_query` when wrong). */
import "server-only";
import { pageQuerySchema, type PageQuery } from "@/lib/validation/page-query";
import { readQuery } from "./read-query";

export const readPageQuery = (request: Request): PageQuery => readQuery(request, pageQuerySchema);
