/**
 * The query every short list endpoint pages with: `limit` (PAGE_SIZE.default when not given, at
 * most PAGE_SIZE.max) and `after`, the `next` value of the previous page (an opaque string to
 * clients; a position in the list here). Lists of notes page by creation time instead
 * (annotation-slice.ts), since notes come and go while a reader pages.
 */
import { z } from "zod";
import { PAGE_SIZE } from "../limits";

export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_SIZE.max, `limit: at most ${PAGE_SIZE.max} a page; follow \`next\` for the rest.`)
    .default(PAGE_SIZE.default),
  after: z
    .string()
    .regex(/^\d{1,9}$/, "after: use the `next` value of the previous page.")
    .transform(Number)
    .default(0),
});

export interface PageQuery {
  limit: number;
  after: number;
}

/** Rows to ask the database for: one more than the page, to know whether there is a next one. */
export const pageWindow = (page: PageQuery) => ({ skip: page.after, take: page.limit + 1 });

/** The page's items and the `next` cursor (null at the end), from rows read with pageWindow(). */
export function pageOf<T>(rows: T[], page: PageQuery): { items: T[]; next: string | null } {
  return { items: rows.slice(0, page.limit), next: rows.length > page.limit ? String(page.after + page.limit) : null };
}
