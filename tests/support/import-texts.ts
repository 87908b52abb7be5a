/**
 * Generated letters to import, shared by the import tests (tests/integration/import-load.test.ts)
 * and the benchmark (bench/lib/largest-import.ts): the largest import the limits allow, and texts
 * of any number of sentences.
 */
import { MAX_IMPORT_TEXT } from "../../lib/validation/document-import";
import { MAX_IMPORT_SENTENCES } from "../../lib/validation/import-limits";

/** `count` sentences, a paragraph break after every tenth, `separator` between the others. */
export const joinSentences = (count: number, sentence: (i: number) => string, separator: string) =>
  Array.from({ length: count }, (_, i) => sentence(i) + (i % 10 === 9 ? "\n\n" : separator))
    .join("")
    .trim();

/** Characters the separators of `joinSentences(count, …, separator)` take. */
const separatorLength = (count: number, separator: string) =>
  count * separator.length + Math.floor(count / 10) * (2 - separator.length) - (count % 10 === 0 ? 2 : separator.length);

/** `head`, then the words of `filler` that fit in `length` characters with `stop` at the end (no word cut: the segmenter sees whole words). */
function padded(head: string, filler: string, stop: string, length: number, wordSeparator: string): string {
  let text = head;
  for (const word of filler.split(" ")) {
    const next = text + wordSeparator + word;
    if (next.length + stop.length <= length) text = next;
  }
  return text + stop;
}

const ENGLISH_FILLER = "and then it went on at the end of a long day as we all know";
const CHINESE_FILLER = "並且 討論了 明年的 計劃 與 預算 以及 各部門的 人事 安排 所有 成員 都 同意 這個 決定";

/**
 * The largest import the limits allow (lib/validation/import-limits.ts, document-import.ts):
 * `sentences` (MAX_IMPORT_SENTENCES) on each side, each text as near MAX_IMPORT_TEXT characters as
 * whole words allow. The sentences are numbered on both sides, as a real translation keeps its
 * numbers and names. A smaller `sentences` makes the same kind of letter, proportionally shorter.
 */
export function largestImport(sentences = MAX_IMPORT_SENTENCES): { title: string; en: string; zh: string } {
  const scale = sentences / MAX_IMPORT_SENTENCES;
  const perSentence = (separator: string) => Math.floor((MAX_IMPORT_TEXT * scale - separatorLength(sentences, separator)) / sentences);
  const en = perSentence(" ");
  const zh = perSentence("");
  return {
    title: "Largest import",
    en: joinSentences(sentences, (i) => padded(`Sentence ${i} says the board met`, ENGLISH_FILLER, ".", en, " "), " "),
    zh: joinSentences(sentences, (i) => padded(`第${i}句說董事會再次開會，`, CHINESE_FILLER, "。", zh, ""), ""),
  };
}
