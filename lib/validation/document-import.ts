/**
 * The shapes of importing, aligning and editing a letter, shared by the import form, the alignment
 * editor and the API.
 */
import { z } from "zod";
import { MAX_IMPORT_SENTENCES } from "./import-limits";
import { INT4_MAX } from "./numbers";
import { userText } from "./text";

export const MAX_IMPORT_TEXT = 200_000;
export const MAX_TITLE = 200;
/** Rows of one document: an import's English sentences, or the rows the alignment editor saves. */
export const MAX_SEGMENTS = MAX_IMPORT_SENTENCES;
export const MAX_SEGMENT_TEXT = 10_000;
/** Two texts of 200,000 characters, three bytes each in UTF-8 for Chinese, plus JSON. */
export const MAX_IMPORT_BYTES = 1_400_000;
export const MAX_EDIT_BYTES = 64 * 1024;

const text = (what: string) =>
  z
    .string({ message: `${what} is required.` })
    .refine((t) => t.trim().length > 0, `${what} is empty: paste or upload the text.`)
    .refine(
      (t) => t.length <= MAX_IMPORT_TEXT,
      `${what} is longer than ${MAX_IMPORT_TEXT.toLocaleString("en")} characters: split it into several documents.`,
    );

export const importDocumentSchema = z
  .object({
    title: z
      .string({ message: "Give the document a title." })
      .transform((t) => t.trim())
      .pipe(userText().min(1, "Give the document a title.").max(MAX_TITLE, `A title is at most ${MAX_TITLE} characters.`)),
    en: text("The English text"),
    zh: text("The Chinese text"),
    visibility: z.enum(["private", "public", "class"], { message: "visibility must be private, public or class." }).default("private"),
    /** With visibility `class`: the class whose members read it (the importer must teach it). */
    classId: z.string().min(1).max(100).optional(),
    /** The script the Chinese is written in, as the importer confirmed it; detected from the text when absent. */
    script: z.enum(["hant", "hans"], { message: "script must be hant (Traditional) or hans (Simplified)." }).optional(),
  })
  .refine((value) => value.visibility !== "class" || !!value.classId, {
    message: "Say which class: a class-only text needs a classId.",
    path: ["classId"],
  });

export const alignedRowSchema = z.object({
  paragraph: z.number().int().nonnegative().max(INT4_MAX),
  kind: z.enum(["salutation", "sentence", "signoff"]),
  en: userText().trim().min(1, "Every row needs English text: merge an empty row into its neighbour.").max(MAX_SEGMENT_TEXT),
  zh: userText().trim().max(MAX_SEGMENT_TEXT),
});

export const saveAlignmentSchema = z.object({
  rows: z.array(alignedRowSchema).min(1, "Keep at least one row.").max(MAX_SEGMENTS, `At most ${MAX_SEGMENTS} rows.`),
  publish: z.boolean().default(false),
});

export const editTextSchema = z.object({
  text: userText().trim().min(1, "The text cannot be empty.").max(MAX_SEGMENT_TEXT, `At most ${MAX_SEGMENT_TEXT} characters.`),
});

export type ImportDocumentInput = z.infer<typeof importDocumentSchema>;
export type AlignedRowInput = z.infer<typeof alignedRowSchema>;
