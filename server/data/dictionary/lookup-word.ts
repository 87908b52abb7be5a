import "server-only";
/**
 * The dictionary card's lookups (GET /api/dictionary). The index is built once per process, on
 * the first lookup, from the CC-CEDICT file the word aligner reads (lib/alignment/cedict-file.ts);
 * after that a lookup is a few map reads. Public data: no user, no database.
 */
import { readFileSync } from "node:fs";
import { cedictPath } from "@/lib/alignment/cedict-file";
import { DictionaryIndex, type LookupResult } from "@/lib/dictionary/lookup";

let index: DictionaryIndex | null = null;

/** The process's dictionary index, built on first use (also read for ruby, get-readings.ts). */
export function dictionaryIndex(): DictionaryIndex {
  index ??= new DictionaryIndex(readFileSync(cedictPath(), "utf8"));
  return index;
}

export function lookupWord({ q }: { q: string }): LookupResult {
  return dictionaryIndex().lookup(q);
}
