/**
 * What an uploaded `.md` file becomes before import: the words, without Markdown's emphasis,
 * heading and quote markers. Deliberately minimal: a letter's text, not a Markdown renderer.
 *
 * Links, images and strong emphasis are unwrapped by small scanners rather than regular
 * expressions: the patterns `!\[([^\]]*)\]\([^)]*\)`, `\[([^\]]+)\]\([^)]*\)` and
 * `(\*\*|__)(?=\S)([\s\S]*?\S)\1` read the rest of the file again from every opener that has no
 * closer, which is quadratic (a 20 KB file of "**a " took 0.7 s, a 200 KB one over a minute).
 * The scanners give the same result as those patterns did (plain-text.test.ts compares them) in
 * one pass.
 */
export function stripMarkdown(markdown: string): string {
  const unheaded = markdown.replace(/^[ \t]{0,3}#{1,6}[ \t]+/gm, "").replace(/^[ \t]{0,3}>[ \t]?/gm, "");
  return unwrapStrong(unwrapLinks(unwrapLinks(unheaded, "![", 0), "[", 1))
    .replace(/(^|[^\w*])[*_](?=\S)([^*_\n]*?\S)[*_](?=$|[^\w*])/gm, "$1$2")
    .replace(/`([^`\n]+)`/g, "$1")
    .replace(/^[ \t]{0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, "");
}

/**
 * The first index of `char` at or after `from`, remembered: callers ask with a `from` that never
 * decreases, so each character of the text is looked at once.
 */
function nextIndexFinder(text: string, char: string) {
  let askedFrom = -1;
  let found = -1;
  return (from: number): number => {
    if (askedFrom >= 0 && from >= askedFrom && (found === -1 || found >= from)) return found;
    askedFrom = from;
    found = text.indexOf(char, from);
    return found;
  };
}

/**
 * `[text](url)` (or `![alt](url)` for opener "![") becomes `text`: the text runs to the first "]",
 * has at least `minText` characters and is followed by "(", and the url runs to the first ")".
 */
export function unwrapLinks(text: string, opener: "[" | "![", minText: number): string {
  const nextClose = nextIndexFinder(text, "]");
  const nextParen = nextIndexFinder(text, ")");
  let out = "";
  let copied = 0;
  let i = text.indexOf(opener);
  while (i !== -1) {
    const textStart = i + opener.length;
    const close = nextClose(textStart);
    // No "]" (or no ")" below) after this opener: none after a later opener either.
    if (close === -1) break;
    if (close - textStart >= minText && text[close + 1] === "(") {
      const end = nextParen(close + 2);
      if (end === -1) break;
      out += text.slice(copied, i) + text.slice(textStart, close);
      copied = end + 1;
      i = text.indexOf(opener, copied);
      continue;
    }
    i = text.indexOf(opener, i + 1);
  }
  return out + text.slice(copied);
}

const isNotSpace = (char: string | undefined) => char !== undefined && /\S/.test(char);

/**
 * `**text**` and `__text__` become `text`: the text starts and ends with a non-space character and
 * ends at the first delimiter of the same kind that follows a non-space character.
 */
export function unwrapStrong(text: string): string {
  // Where each delimiter may close: it follows a non-space character.
  const closers = { "**": [] as number[], __: [] as number[] };
  for (let k = 1; k + 1 < text.length; k++) {
    if (!isNotSpace(text[k - 1])) continue;
    if (text.startsWith("**", k)) closers["**"].push(k);
    else if (text.startsWith("__", k)) closers.__.push(k);
  }
  const nextCloser = { "**": 0, __: 0 };
  let out = "";
  let copied = 0;
  for (let i = 0; i + 2 < text.length;) {
    const delimiter = text.startsWith("**", i) ? "**" : text.startsWith("__", i) ? "__" : null;
    if (delimiter && isNotSpace(text[i + 2])) {
      const list = closers[delimiter];
      let p = nextCloser[delimiter];
      while (p < list.length && list[p]! < i + 3) p++;
      nextCloser[delimiter] = p;
      if (p < list.length) {
        const closer = list[p]!;
        out += text.slice(copied, i) + text.slice(i + 2, closer);
        copied = i = closer + 2;
        continue;
      }
    }
    i++;
  }
  return out + text.slice(copied);
}
