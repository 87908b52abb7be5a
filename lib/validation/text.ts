/**
 * Text people type, made safe to store: PostgreSQL text cannot hold NUL, and a lone surrogate is
 * not a character (it would be silently replaced on the way to the database). Both are refused
 * with a message instead of failing deep in the write.
 */
import { z } from "zod";

const NUL = /\0/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export const isStorableText = (text: string) => !NUL.test(text) && !LONE_SURROGATE.test(text);
export const UNSTORABLE_TEXT_MESSAGE =
  "This text contains characters that cannot be stored (a NUL or a broken character). Remove them and try again.";

/** A string field of user text. */
export const userText = (options?: { error?: string }) => z.string(options).refine(isStorableText, UNSTORABLE_TEXT_MESSAGE);
