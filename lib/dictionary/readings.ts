/**
 * Readings of running Chinese text, word by word, for ruby over the reader's text: the text is
 * split into words as the dictionary card sees them (`Intl.Segmenter`, ICU's dictionary); a word
 * CC-CEDICT does not hold is split into the longest headwords it does, and a character with no
 * entry at all (or anything that is not Han: Latin, digits, punctuation) gets no reading.
 *
 * Offsets are code points of the text given, `end` exclusive, like the anchors. Pinyin is written
 * as Hanyu Pinyin writes a word (syllables joined: "dǒngshìhuì"), 注音 syllable by syllable.
 */
import { pinyinMarks, pinyinZhuyin } from "./pinyin";

export interface WordReading {
  start: number;
  end: number;
  pinyin: string;
  zhuyin: string;
}

/** What readings need of the dictionary (DictionaryIndex in lookup.ts). */
export interface ReadingSource {
  readingOf(headword: string): string | null;
}

const HAN = /\p{Script=Han}/u;
const MAX_HEADWORD = 8;
const MAX_JOINED = 3;

export function readingsOf(text: string, dictionary: ReadingSource): WordReading[] {
  const words: { chars: string[]; start: number }[] = [];
  const segmenter = new Intl.Segmenter("zh", { granularity: "word" });
  let codePoint = 0;
  let utf16 = 0;
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    // Segments arrive in order: count code points up to this one once, not from the start each time.
    codePoint += Array.from(text.slice(utf16, index)).length;
    utf16 = index;
    if (isWordLike && HAN.test(segment)) words.push({ chars: Array.from(segment), start: codePoint });
  }
  const out: WordReading[] = [];
  for (let i = 0; i < words.length;) {
    // ICU splits some dictionary words (董事|会 in Simplified): adjacent words that make a headword are one.
    let joined = 1;
    for (let n = Math.min(MAX_JOINED, words.length - i); n > 1 && joined === 1; n--) {
      const run = words.slice(i, i + n);
      const chars = run.flatMap((w) => w.chars);
      const contiguous = run.every((w, k) => k === 0 || w.start === run[k - 1]!.start + run[k - 1]!.chars.length);
      const r = contiguous && chars.length <= MAX_HEADWORD ? dictionary.readingOf(chars.join("")) : null;
      if (r) {
        out.push(reading(words[i]!.start, words[i]!.start + chars.length, r));
        joined = n;
      }
    }
    if (joined === 1) out.push(...wordReadings(words[i]!.chars, words[i]!.start, dictionary));
    i += joined;
  }
  return out;
}

function wordReadings(chars: string[], offset: number, dictionary: ReadingSource): WordReading[] {
  const whole = dictionary.readingOf(chars.join(""));
  if (whole) return [reading(offset, offset + chars.length, whole)];
  const out: WordReading[] = [];
  for (let i = 0; i < chars.length;) {
    let found = 0;
    for (let n = Math.min(MAX_HEADWORD, chars.length - i); n > 0 && !found; n--) {
      const r = dictionary.readingOf(chars.slice(i, i + n).join(""));
      if (r) {
        out.push(reading(offset + i, offset + i + n, r));
        found = n;
      }
    }
    i += found || 1;
  }
  return out;
}

const reading = (start: number, end: number, numbered: string): WordReading => ({
  start,
  end,
  pinyin: pinyinMarks(numbered).split(" ").join(""),
  zhuyin: pinyinZhuyin(numbered),
});
