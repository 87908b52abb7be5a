/** Shapes of assignment requests (issue 16.1), shared by the teacher's form and the API. */
import { z } from "zod";
import { isSaneDate } from "./numbers";
import { userText } from "./text";

const date = z.coerce.date().refine(isSaneDate, "Give a date between 1970 and 9999.");
const count = z.number().int().min(0).max(1000);
/** A sentence as the reader numbers it (1 for the first sentence), or a segment id. */
const sentenceRef = z.union([z.number().int().min(1).max(100_000), z.string().min(1).max(64)]);

export const promptSchema = z.object({
  sentence: sentenceRef.optional(),
  segmentId: z.string().min(1).max(64).optional(),
  text: userText().trim().min(1, "Write the prompt's question.").max(2000, "A prompt is at most 2,000 characters."),
});

const fields = {
  title: userText().trim().min(1, "Give the assignment a title.").max(200, "A title is at most 200 characters."),
  /** The document's slug. */
  document: userText().min(1).max(200),
  /** Sentence numbers, inclusive. */
  range: z
    .object({ from: z.number().int().min(1), to: z.number().int().min(1) })
    .nullable()
    .optional(),
  opensAt: date.nullable().optional(),
  dueAt: date,
  expectations: z
    .object({ notes: count.optional(), replies: count.optional(), proposals: count.optional(), votes: count.optional() })
    .default({}),
  prompts: z.array(promptSchema).max(50, "At most 50 prompts.").optional(),
  options: z
    .object({
      classmatesAfterOwnPost: z.boolean().optional(),
      lockAfterDue: z.boolean().optional(),
      latePolicy: z.enum(["refuse", "mark_late"]).optional(),
    })
    .optional(),
};

const rangeInOrder = (value: { range?: { from: number; to: number } | null }) => !value.range || value.range.from <= value.range.to;
const opensBeforeDue = (value: { opensAt?: Date | null; dueAt?: Date }) =>
  !value.opensAt || !value.dueAt || value.opensAt.getTime() < value.dueAt.getTime();

export const createAssignmentSchema = z
  .object(fields)
  .refine(rangeInOrder, { message: "The range must start before it ends.", path: ["range"] })
  .refine(opensBeforeDue, { message: "The assignment must open before it is due.", path: ["dueAt"] });
export type CreateAssignmentInput = z.infer<typeof createAssignmentSchema>;

/** Everything but the text may change; prompts given replace the old ones. */
export const updateAssignmentSchema = z
  .object({ ...fields, dueAt: date.optional(), expectations: fields.expectations.unwrap().optional() })
  .omit({ document: true })
  .partial()
  .refine(rangeInOrder, { message: "The range must start before it ends.", path: ["range"] })
  .refine(opensBeforeDue, { message: "The assignment must open before it is due.", path: ["dueAt"] });
export type UpdateAssignmentInput = z.infer<typeof updateAssignmentSchema>;

/** Gradebook weights: points per note, reply, proposal and vote, and the share kept for late work. */
export const gradebookQuerySchema = z.object({
  notes: z.coerce.number().min(0).max(1000).default(1),
  replies: z.coerce.number().min(0).max(1000).default(1),
  proposals: z.coerce.number().min(0).max(1000).default(1),
  votes: z.coerce.number().min(0).max(1000).default(1),
  /** Late work counts this fraction (0 to 1). */
  late: z.coerce.number().min(0).max(1).default(1),
});
export type GradebookWeights = z.infer<typeof gradebookQuerySchema>;
