/**
 * Reads CC-CEDICT (CC BY-SA 4.0, MDBG), one entry a line:
 *
 *     Traditional Simplified [pin1 yin1] /sense/sense; gloss/…/
 *
 * The one parser of the file: the dictionary card (lib/dictionary) and the word aligner
 * (lib/alignment/cedict-index.ts) both build their indexes from these entries, so a process that
 * needs both reads the file once (lib/alignment/cedict-file.ts).
 *
 * - The reading is found by its brackets, not by counting spaces: v2 entries write it in double
 *   brackets (`[[pin1yin1]]`), and senses may hold bracketed pinyin of their own
 *   (`/see also 啃書|啃书[ken3 shu1]/`).
 * - Senses are what the slashes separate (the format has no escape for a slash inside a sense;
 *   glosses within one sense are separated by `;`, which is kept). Empty senses are dropped and
 *   the rest trimmed; classifier (`CL:`), variant and surname senses are kept as written: what to
 *   make of them is each index's choice.
 * - Comment lines (`#`) and lines that are not an entry answer null.
 */

export interface CedictEntry {
  traditional: string;
  simplified: string;
  /** Numbered pinyin as written, without the brackets: "yin2 hang2". */
  reading: string;
  senses: string[];
}

export function parseCedictLine(line: string): CedictEntry | null {
  if (line.startsWith("#")) return null;
  const space = line.indexOf(" ");
  if (space <= 0) return null;
  const space2 = line.indexOf(" ", space + 1);
  if (space2 <= space + 1 || line[space2 + 1] !== "[") return null;
  const double = line[space2 + 2] === "[";
  const readingStart = space2 + (double ? 3 : 2);
  const readingEnd = line.indexOf(double ? "]] /" : "] /", readingStart);
  if (readingEnd < 0) return null;
  const sensesStart = readingEnd + (double ? 4 : 3);
  const senses: string[] = [];
  for (const sense of line.slice(sensesStart).split("/")) {
    const trimmed = sense.trim();
    if (trimmed) senses.push(trimmed);
  }
  if (!senses.length) return null;
  return {
    traditional: line.slice(0, space),
    simplified: line.slice(space + 1, space2),
    reading: line.slice(readingStart, readingEnd),
    senses,
  };
}

/** Every entry of a CC-CEDICT file's text, in file order. */
export function parseCedict(text: string): CedictEntry[] {
  const entries: CedictEntry[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    const entry = parseCedictLine(text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end));
    if (entry) entries.push(entry);
    start = end + 1;
  }
  return entries;
}
