/**
 * Reads a request's query string through a zod schema, as readJsonAs() does for bodies: a value
 * the schema refuses answers 400 `{ error, code: "invalid_query", fieldErrors }` before any of it
 * reaches the database (where a NUL, an unknown enum value or an out-of-range number or date
 * would otherwise fail as a 500).
 *
 * Each name becomes a string, or an array of strings when it is repeated (`?a=1&a=2`), so a
 * schema that expects one string refuses the array. Names the schema does not list are ignored.
 * Malformed percent escapes (`%ED%A0%80`, a lone surrogate) are decoded as U+FFFD by
 * URLSearchParams, which the schemas' text rules accept or refuse like any other character.
 */
import type { z } from "zod";
import { fieldCodesOf, fieldErrorsOf } from "@/lib/validation/field-errors";
import { HttpError } from "./errors";

export function queryObject(request: Request): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URL(request.url).searchParams) {
    const had = query[name];
    query[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
  }
  return query;
}

export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const parsed = schema.safeParse(queryObject(request));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    const first = Object.entries(fieldErrors)[0];
    throw new HttpError(400, first ? `Query parameter "${first[0]}": ${first[1][0]}` : "This address's query is not valid.", {
      code: "invalid_query",
      fieldErrors,
      fieldCodes: fieldCodesOf(parsed.error),
    });
  }
  return parsed.data;
}
