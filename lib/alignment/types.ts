/**
 * Shapes shared by the word aligner. Offsets are code points (like the selectors), `end` exclusive:
 * `en` into the English sentence, `zh` into the version's canonical Chinese text.
 */
export interface Span {
  start: number;
  end: number;
}

export interface WordLink {
  en: Span;
  zh: Span;
  /** 0..1: how sure the aligner is. */
  score: number;
}

export interface Token extends Span {
  text: string;
}

export interface SentencePair {
  en: string;
  zh: string;
}

/** English → Chinese lookup the aligner consults; `weight` is 0..1. */
export interface BilingualDictionary {
  lookup(englishKey: string): ReadonlyArray<{ zh: string; weight: number }>;
  /** The English words of a Chinese headword's glosses (either script), lower case. */
  glossWords?(zh: string): ReadonlySet<string> | undefined;
}
