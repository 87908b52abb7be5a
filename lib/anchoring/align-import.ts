/**
 * What an import computes from the two pasted texts: segments both, refuses counts beyond the
 * limits before any aligning (the alignment is the costly part), then aligns. Pure and
 * synchronous; the server runs it in a worker thread (server/runtime/text-worker-pool.ts).
 */
import { checkSentenceCounts, type SentenceCountRefusal } from "../validation/import-limits";
import { alignSegments, type AlignedRow } from "./align-letter";
import { segmentSentences } from "./segment-sentences";

export type ImportAlignment = { rows: AlignedRow[] } | { refusal: SentenceCountRefusal };

export function alignImport(input: { en: string; zh: string }): ImportAlignment {
  const enSegments = segmentSentences(input.en, "en");
  const zhSegments = segmentSentences(input.zh, "zh");
  const refusal = checkSentenceCounts(enSegments.length, zhSegments.length);
  if (refusal) return { refusal };
  return { rows: alignSegments(enSegments, zhSegments, input.zh) };
}
