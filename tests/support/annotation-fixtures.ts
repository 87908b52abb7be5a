/** Builders for annotation tests: users, and targets whose selectors describe the seeded text. */
import { describeSpan } from "../../lib/anchoring/text-quote";
import { codePointLength } from "../../lib/anchoring/code-points";
import { beforeAll } from "vitest";
import type { Db } from "../../server/prisma-client";
import { letterSegments, letterVersions, segmentId } from "../../prisma/seed/openai-letter";

let counter = 0;
export async function createUser(db: Db, name = "Reader") {
  counter += 1;
  return db.user.create({ data: { email: `${name.toLowerCase()}-${Date.now()}-${counter}@example.test`, name } });
}

/** A class created by `teacher` (its teacher), with `students` as members; returns its id. */
export async function createClassWith(db: Db, name: string, teacher: { id: string }, students: { id: string }[]): Promise<string> {
  counter += 1;
  const klass = await db.class.create({ data: { name, joinCode: `T${Date.now()}${counter}`.slice(0, 20), createdById: teacher.id } });
  await db.membership.createMany({
    data: [
      { classId: klass.id, userId: teacher.id, role: "teacher" as const },
      ...students.map((s) => ({ classId: klass.id, userId: s.id })),
    ],
  });
  return klass.id;
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

/** A private one-sentence document of `ownerId` with one version rendering it: "The board met on March 3." / 董事會於三月三日開會。 */
export async function createPrivateBoardDocument(db: Db, ownerId: string, slugPrefix: string) {
  const doc = await db.document.create({
    data: {
      slug: `${slugPrefix}-${Date.now()}`,
      title: "Private",
      source: "test",
      provenance: "test",
      licence: "test",
      ownerId,
      visibility: "private",
      segments: { create: [{ index: 0, paragraph: 0, text: "The board met on March 3." }] },
      versions: { create: [{ name: "Mine", kind: "import", attribution: "test" }] },
    },
    include: { segments: true, versions: true },
  });
  const [segment, version] = [doc.segments[0]!, doc.versions[0]!];
  await db.translation.create({ data: { segmentId: segment.id, versionId: version.id, text: "董事會於三月三日開會。" } });
  return { doc, segment, version };
}

/** Two readers, Alice and Bob, made before the file's tests run (read their ids inside tests). */
export function aliceAndBob(db: Db) {
  const readers = { alice: { id: "" }, bob: { id: "" } };
  beforeAll(async () => {
    // Filled in place, so the objects callers destructured get the ids.
    Object.assign(readers.alice, await createUser(db, "Alice"));
    Object.assign(readers.bob, await createUser(db, "Bob"));
  });
  return readers;
}
