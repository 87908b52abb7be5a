/**
 * The CPU-heavy text work a request may need, by name: what the text worker thread runs
 * (server/workers/text-worker.mjs loads this file). Inputs and results cross threads by structured
 * clone, so they are plain data.
 */
import { alignDocument } from "../alignment/align";
import { loadCedict } from "../alignment/cedict-file";
import { loadWordNet } from "../alignment/wordnet-file";
import { loadDictionary } from "../dictionary/dictionary-file";
import { readingsOf } from "../dictionary/readings";
import type { SentencePair } from "../alignment/types";
import { alignImport } from "./align-import";
import { reanchor } from "./reanchor";
import type { TextSelector } from "./text-quote";

export const textJobs = {
  alignImport,
  /** Word links for every sentence pair of one document version (lib/alignment). */
  alignWords: (input: { pairs: SentencePair[] }) => alignDocument(input.pairs, loadCedict(), loadWordNet()),
  /** Builds the dictionary card's index in this thread (server/data/dictionary/lookup-word.ts). */
  loadDictionary: (): null => (loadDictionary(), null),
  /** One dictionary card lookup (GET /api/dictionary). */
  lookupWord: (input: { q: string }) => loadDictionary().lookup(input.q),
  /** Each text's words with their readings, for ruby over the reader's Chinese. */
  readWords: (input: { texts: string[] }) => input.texts.map((text) => readingsOf(text, loadDictionary())),
  /** Every stored selector on one text, re-anchored in the text's new version. */
  reanchorAll: (input: { selectors: TextSelector[]; text: string }) => input.selectors.map((selector) => reanchor(selector, input.text)),
};

export type TextJobs = typeof textJobs;
export type TextJobName = keyof TextJobs;
