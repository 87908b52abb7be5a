/**
 * The query that asks for part of a document's notes (GET /api/annotations): the notes on some
 * sentences (`segments`, comma-separated ids) or one page (`limit`, and `after` the cursor the
 * previous page returned). A page holds `limit` notes, PAGE_SIZE.default when not given and
 * never more than PAGE_SIZE.max (lib/limits.ts); the answer's `next` asks for the rest.
 */
import { z } from "zod";
import { PAGE_SIZE } from "../limits";
import { isSaneDate } from "./numbers";
import { userText } from "./text";

export const MAX_SLICE_SEGMENTS = 200;
export const MAX_PAGE_SIZE = PAGE_SIZE.max;

/** A page's end: the last note's creation time and id, as the list is ordered. */
export const encodeCursor = (createdAt: string, id: string) => `${createdAt}~${id}`;

const cursor = userText()
  .max(200)
  .transform((value, context) => {
    const [createdAt = "", id = ""] = value.split("~");
    const date = new Date(createdAt);
    if (!id || !isSaneDate(date)) {
      context.addIssue({ code: "custom", message: "after: use the `next` value of the previous page." });
      return z.NEVER;
    }
    return { createdAt: date, id };
  });

export const annotationSliceSchema = z.object({
  segments: userText()
    .max(MAX_SLICE_SEGMENTS * 64)
    .transform((value) => value.split(",").filter(Boolean))
    .pipe(z.array(z.string().max(64)).min(1).max(MAX_SLICE_SEGMENTS, `segments: at most ${MAX_SLICE_SEGMENTS} sentences at a time.`))
    .optional(),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_PAGE_SIZE, `limit: at most ${MAX_PAGE_SIZE} notes a page; follow \`next\` for the rest.`)
    .default(PAGE_SIZE.default),
  after: cursor.optional(),
});
