/**
 * Code-point helpers: the aligner works on arrays of code points so that an astral character
 * (an emoji, a rare CJK ideograph) counts once, as selectors count it.
 */
export const codePoints = (text: string): string[] => Array.from(text);

/** Code-point offset of every UTF-16 offset, so segmenter and regex offsets can be converted. */
export function utf16ToCodePointMap(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}
