/**
 * The dictionary card's index over the CC-CEDICT file, built once per thread from the entries the
 * aligner's index also uses (lib/alignment/cedict-file.ts): about 1.7 s and 70 MB of heap, so the
 * server builds it in a worker thread at start (server/data/dictionary/lookup-word.ts).
 */
import { cedictEntries } from "../alignment/cedict-file";
import { DictionaryIndex } from "./lookup";

let index: DictionaryIndex | null = null;

export function loadDictionary(): DictionaryIndex {
  index ??= new DictionaryIndex(cedictEntries());
  return index;
}
