/**
 * A quick guess at a Chinese text's script for the import form, in the browser: the full
 * detection (detect-script.ts) needs OpenCC's tables, a megabyte the form should not load. These
 * are among the most frequent characters written differently in the two scripts (a Traditional
 * character, then its Simplified form; the test checks each pair against OpenCC), so a few
 * sentences of either script contain several. The importer confirms the guess; the server stores
 * what they confirmed.
 */
import type { Script } from "./script";

const PAIRS =
  "們们這这個个為为會会來来說说時时對对於于學学國国過过還还後后開开發发經经與与動动" +
  "種种從从現现問问題题實实點点業业長长總总關关員员機机當当無无麼么見见間间讓让" +
  "將将並并議议論论認认應应變变體体頭头東东義义車车書书話话門门嗎吗聽听覺觉幾几" +
  "樣样產产場场處处寫写讀读團团導导領领離离職职責责識识進进運运戰战歲岁權权" +
  "隊队選选驗验際际極极區区觀观備备護护據据線线錢钱鐘钟號号準准僅仅";

const traditional = new Set<string>();
const simplified = new Set<string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) {
  traditional.add(PAIRS[i]!);
  simplified.add(PAIRS[i + 1]!);
}

/** The script most of `text`'s telling characters belong to, or null when none tells. */
export function guessScript(text: string): Script | null {
  let hant = 0;
  let hans = 0;
  for (const char of text) {
    if (traditional.has(char)) hant++;
    else if (simplified.has(char)) hans++;
  }
  return hant === hans ? null : hant > hans ? "hant" : "hans";
}

/** The pairs, for the test that checks them against OpenCC. */
export const GUESS_PAIRS: readonly (readonly [string, string])[] = [...traditional].map((t) => [t, PAIRS[PAIRS.indexOf(t) + 1]!] as const);
