/**
 * The shapes of annotation requests, shared by the reader's forms and the API. The note body is
 * checked separately against the note allow-list (lib/notes), and selectors against the
 * segment text on the server (only the server has the text of record).
 */
import { z } from "zod";
import { HIGHLIGHT_COLORS, MAX_TAGS, MOTIVATIONS, VISIBILITIES } from "@/lib/annotations/constants";
import { INT4_MAX } from "./numbers";
import { userText } from "./text";

export {
  HIGHLIGHT_COLORS,
  MAX_ANNOTATION_BYTES,
  MAX_TAGS,
  MOTIVATION_LABELS,
  MOTIVATIONS,
  VISIBILITIES,
} from "@/lib/annotations/constants";

const selectorSchema = z.object({
  exact: userText().min(1, "The quote is empty: select some text.").max(5000),
  prefix: userText().max(200).default(""),
  suffix: userText().max(200).default(""),
  start: z.number().int().nonnegative().max(INT4_MAX),
  end: z.number().int().positive().max(INT4_MAX),
});

export const targetSchema = z.object({
  segmentId: userText().min(1).max(200),
  /** `en` for the source text; a Chinese tag for a translation (stored as the translation's own tag, zh-Hant or zh-Hans). */
  language: userText().min(2).max(20),
  /** For a target on a translation: the version it was read in. */
  versionId: userText().min(1).max(200).optional(),
  selector: selectorSchema,
});

const tagSchema = userText()
  .transform((tag) => tag.normalize("NFC").replace(/^#+/, "").trim())
  .pipe(
    userText()
      .min(1, "Tags cannot be empty.")
      .max(40, "A tag is at most 40 characters.")
      .regex(/^[^\s,]+$/u, "A tag is one word: no spaces or commas."),
  );

export const tagsSchema = z
  .array(tagSchema)
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags.`)
  .transform((tags) => [...new Set(tags)]);

export const createAnnotationSchema = z
  .object({
    document: userText().min(1).max(200),
    target: targetSchema.optional(),
    /** One target, or two for a paired English + Chinese anchor. */
    targets: z.array(targetSchema).min(1).max(2).optional(),
    body: z.unknown().optional(),
    tags: tagsSchema.default([]),
    motivation: z.enum(MOTIVATIONS).optional(),
    color: z.enum(HIGHLIGHT_COLORS).default("yellow"),
    visibility: z.enum(VISIBILITIES, { message: "visibility must be private, class or public." }),
    classId: userText().min(1).max(200).optional(),
  })
  .refine((value) => !!value.target !== !!value.targets, { message: "Give either target or targets.", path: ["target"] })
  .refine((value) => value.visibility !== "class" || !!value.classId, {
    message: "A class note needs the classId of the class.",
    path: ["classId"],
  });

export const updateAnnotationSchema = z.object({
  /** The version the edit started from; a stale one is refused with 409. */
  version: z.number().int().positive().max(INT4_MAX),
  body: z.unknown().optional(),
  tags: tagsSchema.optional(),
  motivation: z.enum(MOTIVATIONS).optional(),
  color: z.enum(HIGHLIGHT_COLORS).optional(),
  visibility: z.enum(VISIBILITIES).optional(),
  /** With visibility `class`: which class. */
  classId: userText().min(1).max(200).optional(),
});

export const hideAnnotationSchema = z.object({ hidden: z.boolean() });

export const markAnsweredSchema = z.object({ answered: z.boolean() });

export const createReplySchema = z.object({ body: z.unknown() });

export type CreateAnnotationInput = z.infer<typeof createAnnotationSchema>;
export type UpdateAnnotationInput = z.infer<typeof updateAnnotationSchema>;
export type TargetInput = z.infer<typeof targetSchema>;
