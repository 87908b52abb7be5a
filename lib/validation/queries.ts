/**
 * The query strings the API reads, as zod schemas (server/http/read-query.ts applies them). Each
 * value is one string of storable text with a length bound; a repeated name (an array) or an
 * unknown choice is refused with 400 instead of reaching the database.
 */
import { z } from "zod";
import { MOTIVATIONS } from "@/lib/annotations/constants";
import { annotationSliceSchema } from "./annotation-slice";
import { userText } from "./text";

/** One query value: text of at most `max` characters. An empty value counts as absent. */
export const queryText = (max = 200) =>
  z.preprocess(
    (value) => (value === "" ? undefined : value),
    userText({ error: "Give this once, as text." }).max(max, `At most ${max} characters.`).optional(),
  );

const required = (what: string, max = 200) =>
  userText({ error: `Say which ${what}.` })
    .min(1, `Say which ${what}.`)
    .max(max, `At most ${max} characters.`);

/** GET /api/annotations */
export const annotationListQuerySchema = annotationSliceSchema.extend({
  document: required("document: /api/annotations?document={slug}"),
  tag: queryText(),
  author: queryText(),
  motivation: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(MOTIVATIONS, { error: `motivation must be one of ${MOTIVATIONS.join(", ")}.` }).optional(),
  ),
  q: queryText(),
});

/** GET /api/shares */
export const shareListQuerySchema = z.object({ document: queryText() });

/** GET /api/documents/{slug} */
export const documentQuerySchema = z.object({
  script: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.enum(["hant", "hans"], { error: "Use script=hant (Traditional, the default) or script=hans (Simplified)." }).default("hant"),
  ),
});

/** GET /api/documents/{slug}/export.md */
export const exportQuerySchema = z.object({ version: queryText() });

/** GET /api/documents/{slug}/events (the Last-Event-ID header's stand-in; parsed by parseBigintId) */
export const eventsQuerySchema = z.object({ lastEventId: queryText(40) });

/** GET /api/segments/{id}/translations and DELETE /api/segments/{id}/adoption: "document" or a class id. */
export const scopeQuerySchema = z.object({
  scope: z.preprocess((value) => (value === "" ? undefined : value), userText().min(1).max(200).default("document")),
});

/** GET /api/segments/{id}/compare */
export const compareQuerySchema = z.object({
  a: required("renderings to compare: ?a={translationId or versionId}&b=…"),
  b: required("renderings to compare: ?a={translationId or versionId}&b=…"),
});

/** GET /api/segments/{id}/word-alignment */
/** GET /api/documents/{slug}/concordance */
export const concordanceQuerySchema = z.object({
  q: required("word or phrase to find: ?q={English or Chinese}", 100).refine(
    (q) => q.trim().length > 0,
    "Say which word or phrase to find.",
  ),
});

export const wordAlignmentQuerySchema = z.object({
  version: required("the rendering to align: ?version={versionId or a proposal's translation id}"),
});

/** GET /api/dictionary */
export const dictionaryQuerySchema = z.object({
  q: required("word to look up: /api/dictionary?q={word}", 32).refine((q) => q.trim().length > 0, "Say which word to look up."),
});

/** Segments one readings request may name: a screenful or two of the reader (lib/limits.ts PAGE_SIZE.default). */
export const READINGS_MAX_SEGMENTS = 100;

/** GET /api/documents/{slug}/readings */
export const readingsQuerySchema = z.object({
  version: required("version to read: ?version={versionId}&segments={id,id,…}"),
  segments: required("sentences to read: ?version={versionId}&segments={id,id,…}", READINGS_MAX_SEGMENTS * 41)
    .transform((value) => [...new Set(value.split(",").map((id) => id.trim()))])
    .refine((ids) => ids.every((id) => id.length > 0 && id.length <= 40), "Sentence ids are 1 to 40 characters, separated by commas.")
    .refine((ids) => ids.length <= READINGS_MAX_SEGMENTS, `At most ${READINGS_MAX_SEGMENTS} sentences at a time.`),
});
