/**
 * The aligner's weaker dictionary path: the Chinese that CC-CEDICT lists under an English word's
 * WordNet synonyms ("allegation" → "accusation" → 指控), for free renderings the word's own glosses
 * do not reach. Weighed at a fraction of a direct gloss, so it never outranks the word's own
 * dictionary links, and kept apart from them (WordEvidence.related) so the aligner can consult it
 * only where the word's own renderings are not in the sentence.
 */
import { normalizeGloss } from "./cedict-index";
import { FUNCTION_WORDS } from "./english-tokens";
import type { BilingualDictionary } from "./types";
import type { SynonymSource } from "./wordnet-synonyms";

/** A synonym's rendering counts for this share of a direct gloss (and less as the synonym is further off). */
export const SYNONYM_WEIGHT = 0.5;

/**
 * Chinese words of two or more characters: a single character glosses so many English words that
 * reaching it through a synonym says little.
 */
export function relatedRenderings(
  dict: BilingualDictionary,
  synonyms: SynonymSource,
  word: string,
  direct: ReadonlyMap<string, number>,
): Map<string, number> {
  const related = new Map<string, number>();
  for (const [synonym, closeness] of synonyms.synonymsOf(word)) {
    if (FUNCTION_WORDS.has(synonym)) continue;
    for (const { zh, weight } of dict.lookup(normalizeGloss(synonym))) {
      const w = SYNONYM_WEIGHT * closeness * weight;
      if (Array.from(zh).length < 2 || (direct.get(zh) ?? 0) >= w) continue;
      if ((related.get(zh) ?? 0) < w) related.set(zh, w);
    }
  }
  return related;
}
