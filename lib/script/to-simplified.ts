/**
 * Simplified Chinese for display, derived from the canonical Traditional text with OpenCC's
 * Taiwan → mainland tables (`opencc-js`).
 *
 * The conversion is done character by character, and a character whose conversion is not exactly
 * one code point is kept as it is. So the Simplified text has the same number of code points as the
 * Traditional text, and a highlight's code-point offsets mean the same characters in both scripts:
 * anchors never need an offset map. The price: phrase-level choices (乾隆 stays 干隆, 著 → 着 in
 * every sense) follow OpenCC's single-character table, which is right for this letter's vocabulary
 * and checked against the whole letter in the tests.
 */
import * as OpenCC from "opencc-js";

export type Script = "hant" | "hans";
export const isScript = (value: unknown): value is Script => value === "hant" || value === "hans";

let converter: ((text: string) => string) | undefined;
const cache = new Map<string, string>();

function convertCodePoint(char: string): string {
  let out = cache.get(char);
  if (out === undefined) {
    converter ??= OpenCC.Converter({ from: "tw", to: "cn" });
    const converted = converter(char);
    out = [...converted].length === 1 ? converted : char;
    cache.set(char, out);
  }
  return out;
}

/** The Simplified rendering of `text`, code point for code point. */
export function toSimplified(text: string): string {
  let out = "";
  for (const char of text) out += convertCodePoint(char);
  return out;
}

/** `text` in the given script (Traditional is the canonical, stored form). */
export const inScript = (text: string, script: Script): string => (script === "hans" ? toSimplified(text) : text);
