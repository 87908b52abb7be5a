/**
 * Which script a Chinese text is written in, for an import: convert a sample both ways and count
 * the code points each conversion changes. Traditional text has many characters that only exist
 * in Traditional (們, 這, 會), which the conversion to Simplified changes and the conversion to
 * Traditional leaves; Simplified text the opposite. Punctuation, Latin letters and characters
 * common to both scripts count for neither.
 */
import { changedBy } from "./convert";
import type { Script } from "./script";

/** Enough text to decide; a 200,000-character import is not converted twice just to detect. */
const SAMPLE = 20_000;

export interface ScriptGuess {
  /** The likelier script, or null when nothing tells them apart (no Chinese, or only shared characters). */
  script: Script | null;
  /** Code points the conversion to Simplified changes: evidence of Traditional. */
  traditional: number;
  /** Code points the conversion to Traditional changes: evidence of Simplified. */
  simplified: number;
}

export function detectScript(text: string): ScriptGuess {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const traditional = changedBy(sample, "hans");
  const simplified = changedBy(sample, "hant");
  const script = traditional === simplified ? null : traditional > simplified ? "hant" : "hans";
  return { script, traditional, simplified };
}
