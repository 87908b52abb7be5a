/**
 * English tokenisation for the aligner: words (with inner apostrophes and hyphens), numbers
 * (`412`, `4,200`, `$4,200`, `3.5`) and clock markers (`p.m.`, `a.m.`), each with code-point
 * offsets into the sentence. A hand-written scanner, not a regular expression, so it stays linear
 * on any input.
 */
import type { Token } from "./types";

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= "0" && c <= "9";
const APOSTROPHES = new Set(["'", "’"]);

export function tokenizeEnglish(sentence: string): Token[] {
  const cps = Array.from(sentence);
  const tokens: Token[] = [];
  let i = 0;
  while (i < cps.length) {
    const c = cps[i]!;
    const start = i;
    const lower = cps
      .slice(i, i + 4)
      .join("")
      .toLowerCase();
    if (lower === "p.m." || lower === "a.m.") {
      tokens.push({ start, end: i + 4, text: lower });
      i += 4;
    } else if (isDigit(c) || (c === "$" && isDigit(cps[i + 1] ?? ""))) {
      i++;
      while (i < cps.length && (isDigit(cps[i]!) || ((cps[i] === "," || cps[i] === ".") && isDigit(cps[i + 1] ?? "")))) i++;
      tokens.push({ start, end: i, text: cps.slice(start, i).join("") });
    } else if (isLetter(c)) {
      i++;
      while (i < cps.length) {
        const d = cps[i]!;
        if (isLetter(d) || isDigit(d)) i++;
        else if ((APOSTROPHES.has(d) || d === "-") && isLetter(cps[i + 1] ?? "")) i += 2;
        else break;
      }
      tokens.push({ start, end: i, text: cps.slice(start, i).join("") });
    } else i++;
  }
  return tokens;
}

/** Words that carry grammar rather than meaning: never linked on their own. */
export const FUNCTION_WORDS = new Set(
  (
    "a an the of to in on at by for from with as into onto upon than then that this these those there here " +
    "and or but nor so if yet though although because while whether which who whom whose what when where why how " +
    "be is am are was were been being has have had having do does did done will would shall should can could may might must " +
    "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs " +
    "itself themselves ourselves yourself yourselves myself " +
    "such also again very just only even ever about over under out up down off through within against"
  ).split(" "),
);

export const isFunctionWord = (word: string) => FUNCTION_WORDS.has(normalizeWord(word));

/** Lower case, curly apostrophes straightened, possessive `'s` removed. */
export function normalizeWord(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  return w.endsWith("'s") ? w.slice(0, -2) : w.endsWith("s'") ? w.slice(0, -1) : w;
}

/** Common irregular verb forms (past and participle) and plurals. */
const IRREGULAR: Record<string, string> = Object.fromEntries(
  (
    "began:begin begun:begin built:build taught:teach sat:sit made:make took:take taken:take gave:give given:give " +
    "went:go gone:go came:come saw:see seen:see found:find told:tell said:say knew:know known:know thought:think " +
    "brought:bring bought:buy felt:feel kept:keep left:leave led:lead lost:lose met:meet paid:pay ran:run sent:send " +
    "spent:spend stood:stand understood:understand won:win wrote:write written:write chose:choose chosen:choose " +
    "held:hold heard:hear fell:fall grew:grow drew:draw drove:drive ate:eat drank:drink spoke:speak broke:break " +
    "people:person children:child men:man women:woman feet:foot teeth:tooth mice:mouse lay:lie sold:sell"
  )
    .split(" ")
    .map((pair) => pair.split(":") as [string, string]),
);

/** The base of an irregular verb form or plural ("chose" → choose), if the list has it. */
// Own keys only: "constructor" is an English word too.
export const irregularBase = (word: string): string | undefined => (Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined);

/** Abbreviations the dictionary lists under their full form. */
const ABBREVIATIONS: Record<string, string[]> = {
  ceo: ["chief executive", "chief executive officer"],
  cfo: ["chief financial officer"],
  cto: ["chief technology officer"],
  ai: ["artificial intelligence"],
  un: ["united nations"],
  eu: ["european union"],
  us: ["united states"],
  uk: ["united kingdom"],
  gdp: ["gross domestic product"],
};

/** The word and the stems it may come from (`leading` → lead, `stabilizing` → stabilize). */
export function lemmaCandidates(word: string): string[] {
  const w = normalizeWord(word);
  const out = [w];
  const irregular = irregularBase(w);
  if (irregular) out.push(irregular);
  if (Object.hasOwn(ABBREVIATIONS, w)) out.push(...ABBREVIATIONS[w]!);
  // A stem that is a function word is a false one ("used" is not "us" + "ed").
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s) && !FUNCTION_WORDS.has(s)) out.push(s);
  };
  const doubled = (s: string) => s.length > 2 && s.at(-1) === s.at(-2) && !"lsz".includes(s.at(-1)!);
  if (w.endsWith("ies")) add(w.slice(0, -3) + "y");
  if (w.endsWith("es")) add(w.slice(0, -2));
  if (w.endsWith("s") && !w.endsWith("ss")) add(w.slice(0, -1));
  if (w.endsWith("ied")) add(w.slice(0, -3) + "y");
  if (w.endsWith("ed")) {
    const s = w.slice(0, -2);
    add(s);
    add(s + "e");
    if (doubled(s)) add(s.slice(0, -1));
  }
  if (w.endsWith("ing")) {
    const s = w.slice(0, -3);
    add(s);
    add(s + "e");
    if (doubled(s)) add(s.slice(0, -1));
  }
  if (w.endsWith("ly")) {
    add(w.slice(0, -2));
    if (w.endsWith("ily")) add(w.slice(0, -3) + "y");
    if (w.endsWith("ally")) add(w.slice(0, -4));
  }
  if (w.endsWith("ment")) add(w.slice(0, -4));
  if (w.endsWith("ion") && w.length > 5) add(w.slice(0, -3) + "e");
  if (w.endsWith("er") && w.length > 4) add(w.slice(0, -2));
  if (w.endsWith("est") && w.length > 5) add(w.slice(0, -3));
  return out;
}
