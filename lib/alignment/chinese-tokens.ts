/**
 * Chinese word segmentation for the aligner with `Intl.Segmenter` (ICU's dictionary; nothing to
 * install), in code points of the canonical text. Punctuation and spaces are dropped; Latin words
 * inside the Chinese (OpenAI, Sam) come out as their own tokens.
 */
import { utf16ToCodePointMap } from "./code-points";
import type { Token } from "./types";

let segmenter: Intl.Segmenter | null = null;

export function segmentChinese(text: string): Token[] {
  segmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const map = utf16ToCodePointMap(text);
  const tokens: Token[] = [];
  for (const part of segmenter.segment(text)) {
    if (!part.isWordLike) continue;
    tokens.push({ start: map[part.index]!, end: map[part.index + part.segment.length]!, text: part.segment });
  }
  return tokens;
}

/** True for a CJK ideograph (the characters a Chinese rendering is made of). */
export const isHan = (c: string) => /\p{Script=Han}/u.test(c);

/**
 * Chinese words that carry grammar (particles, pronouns, linking words): never linked on
 * statistics alone, the mirror of the English function words.
 */
export const ZH_FUNCTION_WORDS = new Set(
  (
    "的 了 著 着 在 與 与 和 並 并 也 而 及 以 為 为 被 將 将 把 是 就 都 又 還 还 才 所 之 其 這 这 那 此 該 该 " +
    "我 你 您 他 她 它 我們 我们 你們 你们 他們 他们 她們 她们 它們 它们 並在 并在 已 已經 已经 會 会 能 要 對 对 " +
    "從 从 向 由 於 于 給 给 讓 让 使 得 地 中 上 下 後 后 時 时 個 个 一個 一个 這家 这家 這個 这个 那些 這些 这些 並將 并将 " +
    "然後 然后 而且 但是 因為 因为 所以 如果 雖然 虽然 以及 或 或者 再 很 更 最"
  ).split(" "),
);
