/**
 * My words as a CSV file that Anki imports as notes (File → Import): Anki's own header lines say
 * the separator and the columns, then one row per word: front (the word), back (reading and
 * meaning), sentence. Cells go through csvCell, so none runs as a formula in a spreadsheet.
 */
import { csvCell } from "./csv";

export interface AnkiWord {
  word: string;
  reading: string;
  meaning: string;
  sentence: string;
}

export function ankiCsv(words: AnkiWord[]): string {
  const header = "#separator:comma\r\n#html:false\r\n#columns:Front,Back,Sentence\r\n";
  const back = (w: AnkiWord) => [w.reading, w.meaning].filter(Boolean).join(" — ");
  return header + words.map((w) => [w.word, back(w), w.sentence].map(csvCell).join(",") + "\r\n").join("");
}
