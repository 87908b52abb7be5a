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
import { detectScript } from "../script/detect-script";
import { alignImport, type ImportAlignment } from "./align-import";
import { reanchor } from "./reanchor";
import type { TextSelector } from "./text-quote";
import type { Script } from "../script/script";

export const textJobs = {
  alignImport,
  /**
   * An import made ready to store (server/data/documents/import-document.ts): aligned, its rows as
   * the JSON the storing statement reads, and, when the importer did not say, the Chinese script
   * detected (which loads OpenCC's tables here, once, not on the server thread). The server thread
   * passes the JSON on as one string: no row is taken apart or put together there.
   */
  prepareImport: (input: { en: string; zh: string; detectScript: boolean }): PreparedImport => {
    const aligned = alignImport(input);
    if ("refusal" in aligned) return aligned;
    return {
      rowCount: aligned.rows.length,
      rowsJson: JSON.stringify(aligned.rows),
      script: input.detectScript ? detectScript(input.zh).script : null,
    };
  },
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

export type PreparedImport = Exclude<ImportAlignment, { rows: unknown }> | { rowCount: number; rowsJson: string; script: Script | null };

export type TextJobs = typeof textJobs;
export type TextJobName = keyof TextJobs;
