/**
 * Offsets in code points. Anchors count code points (not UTF-16 units), so an emoji or a CJK
 * Extension B character is one position whatever the platform's string encoding; the DOM and
 * JavaScript strings count UTF-16 units, so these convert between the two.
 */

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** UTF-16 index of code point `cp` (clamped to the text). */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0;
  for (let n = 0; n < cp && i < text.length; n++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return i;
}

/** Code point index of UTF-16 index `index`; an index inside a surrogate pair rounds down. */
export function utf16ToCodePoint(text: string, index: number): number {
  return codePointLength(text.slice(0, Math.max(0, Math.min(index, text.length))).replace(/[\ud800-\udbff]$/, ""));
}

/** `text` from code point `start` to code point `end` (exclusive). */
export function sliceCodePoints(text: string, start: number, end?: number): string {
  const from = codePointToUtf16(text, start);
  return end === undefined ? text.slice(from) : text.slice(from, codePointToUtf16(text, end));
}
