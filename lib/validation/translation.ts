/**
 * The shapes of translation requests (proposals, votes, adoptions), shared by the compare panel's
 * forms and the API. A proposal is plain text: it is rendered as text, never as HTML.
 */
import { z } from "zod";
import { userText } from "./text";

/** Longest proposal, in characters (code points). The letter's longest sentence is far shorter. */
export const MAX_PROPOSAL_CHARS = 2000;
/** Request bodies beyond this answer 413. */
export const MAX_TRANSLATION_BYTES = 16 * 1024;

export const proposalTextSchema = userText({ error: "The text must be a string." })
  .transform((s) => s.trim())
  .refine((s) => s.length > 0, "Write a translation first: the text is empty.")
  .refine((s) => [...s].length <= MAX_PROPOSAL_CHARS, `A translation may be at most ${MAX_PROPOSAL_CHARS} characters.`);

export const createProposalSchema = z.object({
  segmentId: userText().min(1).max(200),
  text: proposalTextSchema,
  /** `class` arrives with classes (then classId is required). */
  visibility: z.enum(["private", "class", "public"]).default("public"),
  classId: userText().min(1).max(200).optional(),
});
export type CreateProposalInput = z.infer<typeof createProposalSchema>;

export const updateProposalSchema = z.object({ text: proposalTextSchema });

export const voteSchema = z.object({
  value: z.union([z.literal(1), z.literal(-1), z.literal(0)], { error: "value must be 1, -1 or 0 (0 removes your vote)." }),
});

export const adoptionSchema = z.object({
  translationId: userText().min(1).max(200),
  /** "document", or a class id. */
  scope: userText().min(1).max(200).default("document"),
});
