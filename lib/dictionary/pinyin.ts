/**
 * CC-CEDICT writes readings as numbered pinyin ("zhong1 guo2", "lu:4"). Readers want tone marks
 * (zhōng guó) or, in Taiwan, 注音 (ㄓㄨㄥ ㄍㄨㄛˊ). Both conversions are small tables over the
 * standard syllable structure (initial + final + tone); a syllable that is not pinyin (a Latin
 * letter, a digit) is returned as written.
 */

const INITIALS: Record<string, string> = {
  b: "ㄅ",
  p: "ㄆ",
  m: "ㄇ",
  f: "ㄈ",
  d: "ㄉ",
  t: "ㄊ",
  n: "ㄋ",
  l: "ㄌ",
  g: "ㄍ",
  k: "ㄎ",
  h: "ㄏ",
  j: "ㄐ",
  q: "ㄑ",
  x: "ㄒ",
  zh: "ㄓ",
  ch: "ㄔ",
  sh: "ㄕ",
  r: "ㄖ",
  z: "ㄗ",
  c: "ㄘ",
  s: "ㄙ",
};

const FINALS: Record<string, string> = {
  a: "ㄚ",
  o: "ㄛ",
  e: "ㄜ",
  ê: "ㄝ",
  ai: "ㄞ",
  ei: "ㄟ",
  ao: "ㄠ",
  ou: "ㄡ",
  an: "ㄢ",
  en: "ㄣ",
  ang: "ㄤ",
  eng: "ㄥ",
  ong: "ㄨㄥ",
  er: "ㄦ",
  r: "ㄦ",
  i: "ㄧ",
  ia: "ㄧㄚ",
  ie: "ㄧㄝ",
  iao: "ㄧㄠ",
  iu: "ㄧㄡ",
  ian: "ㄧㄢ",
  in: "ㄧㄣ",
  iang: "ㄧㄤ",
  ing: "ㄧㄥ",
  iong: "ㄩㄥ",
  io: "ㄧㄛ",
  u: "ㄨ",
  ua: "ㄨㄚ",
  uo: "ㄨㄛ",
  uai: "ㄨㄞ",
  ui: "ㄨㄟ",
  uan: "ㄨㄢ",
  un: "ㄨㄣ",
  uang: "ㄨㄤ",
  ueng: "ㄨㄥ",
  ü: "ㄩ",
  üe: "ㄩㄝ",
  üan: "ㄩㄢ",
  ün: "ㄩㄣ",
};

/** Syllables without an initial, as pinyin spells them with y- and w-. */
const ZERO_INITIAL: Record<string, string> = {
  yi: "i",
  ya: "ia",
  ye: "ie",
  yao: "iao",
  you: "iu",
  yan: "ian",
  yin: "in",
  yang: "iang",
  ying: "ing",
  yong: "iong",
  yo: "io",
  yu: "ü",
  yue: "üe",
  yuan: "üan",
  yun: "ün",
  wu: "u",
  wa: "ua",
  wo: "uo",
  wai: "uai",
  wei: "ui",
  wan: "uan",
  wen: "un",
  wang: "uang",
  weng: "ueng",
};

const TONE_MARKS = ["", "ˊ", "ˇ", "ˋ"];
const MARKED: Record<string, string> = {
  a: "āáǎà",
  e: "ēéěè",
  i: "īíǐì",
  o: "ōóǒò",
  u: "ūúǔù",
  ü: "ǖǘǚǜ",
};
const SYLLABLE_END = /^([a-zü:]+)([1-5])$/;

interface Syllable {
  letters: string;
  tone: number;
  upper: boolean;
}

function parse(syllable: string): Syllable | null {
  const lower = syllable.toLowerCase().replace("u:", "ü").replace("v", "ü");
  const match = SYLLABLE_END.exec(lower);
  if (!match) return null;
  return { letters: match[1]!, tone: Number(match[2]), upper: syllable[0] !== lower[0] };
}

/** One numbered syllable → 注音, or null when it is not pinyin. */
export function syllableToZhuyin(syllable: string): string | null {
  const parsed = parse(syllable);
  if (!parsed) return null;
  let { letters } = parsed;
  let initial = "";
  const zero = ZERO_INITIAL[letters];
  if (zero) letters = zero;
  else {
    const two = letters.slice(0, 2);
    const key = INITIALS[two] ? two : INITIALS[letters[0]!] && letters.length > 1 ? letters[0]! : "";
    initial = key ? INITIALS[key]! : "";
    letters = letters.slice(key.length);
    if ("jqx".includes(key) && key && letters.startsWith("u")) letters = "ü" + letters.slice(1);
    // zhi, chi, shi, ri, zi, ci, si: the initial alone.
    if (letters === "i" && ["zh", "ch", "sh", "r", "z", "c", "s"].includes(key)) letters = "";
  }
  const final = letters === "" ? "" : FINALS[letters];
  if (final === undefined || (initial === "" && final === "")) return null;
  const body = initial + final;
  return parsed.tone === 5 ? "˙" + body : body + TONE_MARKS[parsed.tone - 1];
}

/** One numbered syllable → tone-marked pinyin ("lu:4" → "lǜ"), or the syllable as written. */
export function syllableToMarks(syllable: string): string {
  const parsed = parse(syllable);
  if (!parsed) return syllable;
  const { letters, tone } = parsed;
  let out = letters;
  if (tone >= 1 && tone <= 4) {
    // The mark goes on a or e; on the o of "ou"; otherwise on the last vowel.
    let at = letters.search(/[ae]/);
    if (at < 0) at = letters.indexOf("ou");
    if (at < 0) {
      for (let i = letters.length - 1; i >= 0; i--) {
        if (MARKED[letters[i]!]) {
          at = i;
          break;
        }
      }
    }
    if (at >= 0) out = letters.slice(0, at) + MARKED[letters[at]!]![tone - 1] + letters.slice(at + 1);
  }
  return parsed.upper ? out[0]!.toUpperCase() + out.slice(1) : out;
}

/** A CC-CEDICT reading ("Zhong1 guo2") → tone marks ("Zhōng guó"). */
export const pinyinMarks = (reading: string): string => reading.split(" ").map(syllableToMarks).join(" ");

/** A CC-CEDICT reading → 注音, syllable by syllable ("zhong1 guo2" → "ㄓㄨㄥ ㄍㄨㄛˊ"). */
export const pinyinZhuyin = (reading: string): string =>
  reading
    .split(" ")
    .map((s) => syllableToZhuyin(s) ?? s)
    .join(" ");
