/**
 * Numbers, dates and clock times across the two languages, which no dictionary lists:
 * 412 ↔ 四百一十二, $4,200 ↔ 四千二百美元, March 3 ↔ 三月三日, 6 p.m. ↔ 晚上六點, 2023 ↔ 2023年.
 * Each English token that names a number yields the Chinese spans that render it; the aligner
 * then merges neighbours ("March" + "3" → 三月三日) as it does for any phrase.
 */
import type { Span, Token } from "./types";

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 兩: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8 };
const isAsciiDigit = (c: string) => (c >= "0" && c <= "9") || (c >= "０" && c <= "９");
const isNumeral = (c: string) => c in DIGITS || c in SMALL_UNITS || c in BIG_UNITS || isAsciiDigit(c);

const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  million: 1e6,
  billion: 1e9,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  half: 0.5,
  dozen: 12,
};
const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_ABBR = MONTHS.map((m) => m.slice(0, 3));
const CLOCK_WORDS = ["晚上", "下午", "傍晚", "上午", "早上", "凌晨", "中午", "早晨", "夜間", "夜间"];
/** Units that a Chinese number carries with it: 2023年, 三月, 三日, 六點, 500多名. */
const UNIT_AFTER = new Set([
  "年",
  "月",
  "日",
  "號",
  "号",
  "點",
  "点",
  "時",
  "时",
  "名",
  "位",
  "個",
  "个",
  "多",
  "歲",
  "岁",
  "天",
  "次",
  "%",
  "％",
  "人",
  "家",
  "項",
  "项",
  "條",
  "条",
]);

/** The value of a Chinese or Arabic numeral (四百一十二, 二〇二三, 4,200), or null. */
export function parseChineseNumber(text: string): number | null {
  const chars = Array.from(text.replace(/[,，]/g, ""));
  if (chars.length === 0) return null;
  const ascii = (c: string) => (c >= "０" ? String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48) : c);
  if (chars.every(isAsciiDigit)) return Number(chars.map(ascii).join(""));
  if (chars.every((c) => c in DIGITS)) return Number(chars.map((c) => DIGITS[c]).join(""));
  let total = 0;
  let section = 0;
  let current = 0;
  for (const c of chars) {
    if (c in DIGITS) current = DIGITS[c]!;
    else if (isAsciiDigit(c)) current = current * 10 + Number(ascii(c));
    else if (c in SMALL_UNITS) {
      section += (current || 1) * SMALL_UNITS[c]!;
      current = 0;
    } else if (c in BIG_UNITS) {
      total = (total + section + current) * BIG_UNITS[c]!;
      section = current = 0;
    } else return null;
  }
  return total + section + current;
}

/** The value an English token names: `412`, `$4,200`, `two`, `March` (as a month), or null. */
export function englishNumber(token: string): { value: number; kind: "number" | "money" | "month" } | null {
  const lower = token.toLowerCase();
  if (/^\$?[\d.,]+$/.test(lower)) {
    const value = Number(lower.replace(/[$,]/g, ""));
    return Number.isFinite(value) ? { value, kind: lower.startsWith("$") ? "money" : "number" } : null;
  }
  const month = MONTHS.indexOf(lower) >= 0 ? MONTHS.indexOf(lower) : MONTH_ABBR.indexOf(lower);
  if (month >= 0 && lower !== "may") return { value: month + 1, kind: "month" };
  if (Object.hasOwn(WORDS, lower)) return { value: WORDS[lower]!, kind: "number" };
  return null;
}

/** Runs of numerals in the Chinese text, with their values. */
function chineseNumberRuns(cps: string[]): Array<Span & { value: number }> {
  const runs: Array<Span & { value: number }> = [];
  for (let i = 0; i < cps.length;) {
    if (!isNumeral(cps[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < cps.length && (isNumeral(cps[i]!) || ((cps[i] === "," || cps[i] === "，") && isAsciiDigit(cps[i + 1] ?? "")))) i++;
    const value = parseChineseNumber(cps.slice(start, i).join(""));
    if (value !== null) runs.push({ start, end: i, value });
  }
  return runs;
}

/** Chinese spans that render English token `token` (a number, an amount, a month, a clock marker). */
export function numberCandidates(token: Token, zh: string): Span[] {
  const cps = Array.from(zh);
  if (token.text === "p.m." || token.text === "a.m.") {
    const found: Span[] = [];
    for (const word of CLOCK_WORDS) {
      const at = zh.indexOf(word);
      if (at >= 0) found.push({ start: Array.from(zh.slice(0, at)).length, end: Array.from(zh.slice(0, at)).length + 2 });
    }
    return found;
  }
  const english = englishNumber(token.text);
  if (!english) return [];
  const spans: Span[] = [];
  for (const run of chineseNumberRuns(cps)) {
    if (run.value !== english.value && !(english.value >= 1e6 && run.value === 100 && cps[run.end] === "萬")) continue;
    let end = run.end;
    const next = cps[end] ?? "";
    if (english.kind === "month") {
      if (next !== "月") continue;
      end++;
    } else if (english.kind === "money" && cps.slice(end, end + 2).join("") === "美元") end += 2;
    else if (next === "月") continue;
    else if (UNIT_AFTER.has(next)) end++;
    else if (next === "萬" || next === "万") end++;
    spans.push({ start: run.start, end });
  }
  return spans;
}
