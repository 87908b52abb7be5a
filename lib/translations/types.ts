/** A translation as the API sends it and the compare panel shows it: one rendering of one sentence. */
export interface VoteTally {
  up: number;
  down: number;
  score: number;
  /** The caller's vote: 1, -1 or 0. */
  mine: number;
}

export interface TranslationView {
  id: string;
  segmentId: string;
  kind: "published" | "proposal";
  versionId?: string;
  versionName?: string;
  author?: { id: string; name: string };
  mine: boolean;
  visibility?: string;
  text: string;
  revision: number;
  votes: VoteTally;
  adopted: boolean;
}

/** One sentence in the whole-letter compare view: every rendering the caller may see. */
export interface SegmentComparison {
  segmentId: string;
  translations: TranslationView[];
  /** Largest normalised edit distance between two published versions of this sentence (0..1). */
  divergence: number;
}
