/** A word saved to My words (POST /api/words), shared by the dictionary card and the server. */
import { z } from "zod";
import { userText } from "./text";

const text = (max: number) => userText().max(max, `At most ${max} characters.`);

export const saveWordSchema = z.object({
  word: text(32).refine((w) => w.trim().length > 0, "Say which word to save."),
  reading: text(200).default(""),
  meaning: text(1000).default(""),
  sentence: text(2000).default(""),
  /** The reader's address it was saved from, for a link back. */
  source: text(300)
    .refine((s) => s === "" || s.startsWith("/"), "A path on this site, starting with /.")
    .default(""),
});

export type SaveWordInput = z.infer<typeof saveWordSchema>;
