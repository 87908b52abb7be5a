/** The shape of a share link request: what view to keep and whose notes to show. */
import { z } from "zod";
import { userText } from "./text";

export const SHARE_LAYOUTS = ["side", "stacked", "en", "zh"] as const;

export const shareFiltersSchema = z
  .object({ tag: userText().max(200), authorId: userText().max(200), motivation: userText().max(40), query: userText().max(200) })
  .partial();

export const createShareSchema = z
  .object({
    document: userText().min(1).max(200),
    /** The notes to show (each one the sharer can see). */
    annotationIds: z.array(userText().min(1).max(200)).max(1000).optional(),
    /** Or: the notes of this class (the sharer must be a member). */
    classId: userText().min(1).max(200).optional(),
    versionId: userText().min(1).max(200).optional(),
    filters: shareFiltersSchema.optional(),
    /** The thread to open. */
    focus: userText().min(1).max(200).optional(),
    layout: z.enum(SHARE_LAYOUTS).optional(),
    /** Let people who open the link join the class (its teachers only). */
    allowJoin: z.boolean().default(false),
    /** The sharer's own private notes among annotationIds are shown only when this is ticked. */
    includePrivate: z.boolean().default(false),
    expiresAt: z.iso.datetime({ offset: true, message: "expiresAt must be an ISO date-time, e.g. 2030-01-31T12:00:00Z." }).optional(),
  })
  .refine((v) => v.annotationIds !== undefined || v.classId !== undefined, {
    message: "Share some notes (annotationIds) or a class (classId).",
    path: ["annotationIds"],
  })
  .refine((v) => !v.allowJoin || !!v.classId, { message: "Only a link to a class can offer to join it.", path: ["allowJoin"] })
  .refine((v) => !v.includePrivate || v.annotationIds !== undefined, {
    message: "Only a link to chosen notes can include your private notes.",
    path: ["includePrivate"],
  });

export const joinFromShareSchema = z.object({ token: userText().min(20).max(200) });

export type CreateShareInput = z.infer<typeof createShareSchema>;

/** What a share stores as its view (JSON in the database), read back through this schema, never cast. */
export const sharedViewSchema = z.object({
  annotationIds: z.array(z.string()).nullable().catch([]),
  versionId: z.string().nullable().catch(null),
  filters: shareFiltersSchema.catch({}),
  focus: z.string().nullable().catch(null),
  layout: z.enum(SHARE_LAYOUTS).nullable().catch(null),
  /** The sharer ticked "include my private notes" (absent on links made before there was a choice: no). */
  includePrivate: z.boolean().optional().catch(false),
});

export type SharedView = z.infer<typeof sharedViewSchema>;

/** A stored view; one that is not an object at all shows no notes (an empty list, not "the class's"). */
export function readSharedView(json: unknown): SharedView {
  const parsed = sharedViewSchema.safeParse(json);
  return parsed.success
    ? parsed.data
    : { annotationIds: [], versionId: null, filters: {}, focus: null, layout: null, includePrivate: false };
}
