/**
 * Annotation vocabularies, free of any validation library so the reader's first load can use
 * them without shipping zod (the schemas in lib/validation/annotation.ts build on these).
 */
export const HIGHLIGHT_COLORS = ["yellow", "green", "blue", "pink", "purple"] as const;
export const MOTIVATIONS = ["highlighting", "commenting", "questioning", "assessing", "editing"] as const;
export const MOTIVATION_LABELS: Record<(typeof MOTIVATIONS)[number], string> = {
  highlighting: "Highlight",
  commenting: "Comment",
  questioning: "Question",
  assessing: "Assessing the translation",
  editing: "Suggesting an edit",
};
/** `class` notes carry the id of the class they are shared with (the author must be a member). */
export const VISIBILITIES = ["private", "class", "public"] as const;

/** A note, with its JSON, may not exceed this many bytes (413 beyond). */
export const MAX_ANNOTATION_BYTES = 64 * 1024;
export const MAX_TAGS = 12;
