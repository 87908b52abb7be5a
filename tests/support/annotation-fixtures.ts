/** Builders for annotation tests: users, and targets whose selectors describe the seeded text. */
import { describeSpan } from "../../lib/anchoring/text-quote";
import { codePointLength } from "../../lib/anchoring/code-points";
import type { Db } from "../../server/prisma-client";
import { letterSegments, letterVersions, segmentId } from "../../prisma/seed/openai-letter";

let counter = 0;
export async function createUser(db: Db, name = "Reader") {
  counter += 1;
  return db.user.create({ data: { email: `${name.toLowerCase()}-${Date.now()}-${counter}@example.test`, name } });
}

const english = (key: string) => letterSegments.find((s) => s.key === key)!.text;

/** A target on the words `words` of English segment `key`. */
export function englishTarget(key: string, words: string) {
  const text = english(key);
  const start = codePointLength(text.slice(0, text.indexOf(words)));
  if (start < 0 || !text.includes(words)) throw new Error(`"${words}" is not in ${key}`);
  return { segmentId: segmentId(key), language: "en", selector: describeSpan(text, start, start + codePointLength(words)) };
}

/** A target on `words` in the close (直譯) translation of segment `key`. */
export function chineseTarget(key: string, words: string, version = letterVersions[0]!) {
  const text = version.texts[key]!;
  if (!text.includes(words)) throw new Error(`"${words}" is not in ${version.name} ${key}`);
  const start = codePointLength(text.slice(0, text.indexOf(words)));
  return {
    segmentId: segmentId(key),
    language: "zh-Hant",
    versionId: version.id,
    selector: describeSpan(text, start, start + codePointLength(words)),
  };
}

export const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
