/** The seeded database: complete, in order, and stable when seeded again. */
import { afterAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { LETTER_ID } from "../../prisma/seed/openai-letter";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const snapshot = () =>
  db.segment.findMany({
    where: { documentId: LETTER_ID },
    orderBy: { index: "asc" },
    select: {
      id: true,
      index: true,
      paragraph: true,
      text: true,
      revision: true,
      translations: { select: { id: true, versionId: true, text: true }, orderBy: { id: "asc" } },
    },
  });

describe("seeding", () => {
  it("stores the letter: 21 segments in 7 paragraphs, each with both project translations", async () => {
    const segments = await snapshot();
    expect(segments).toHaveLength(21);
    expect(segments.map((s) => s.index)).toEqual([...Array(21).keys()]);
    expect(new Set(segments.map((s) => s.paragraph)).size).toBe(7);
    for (const segment of segments) {
      const versions = segment.translations.map((t) => t.versionId);
      expect(versions).toContain(`${LETTER_ID}-close`);
      expect(versions).toContain(`${LETTER_ID}-fluent`);
    }
    const huxiu = segments.filter((s) => s.translations.some((t) => t.versionId === `${LETTER_ID}-huxiu`));
    expect(huxiu.map((s) => s.index)).toEqual([6, 7]);
  });

  it("is idempotent: seeding again changes no id, text, revision or count", async () => {
    const before = await snapshot();
    const counts = async () => [await db.document.count(), await db.version.count(), await db.translation.count()];
    const countsBefore = await counts();
    await seedDatabase(db);
    await seedDatabase(db);
    expect(await snapshot()).toEqual(before);
    expect(await counts()).toEqual(countsBefore);
  });

  it("restores edited seed text in place, keeping the segment id and bumping its revision", async () => {
    const [first] = await snapshot();
    await db.segment.update({ where: { id: first!.id }, data: { text: "Dear board," } });
    await seedDatabase(db);
    const after = await db.segment.findUniqueOrThrow({ where: { id: first!.id } });
    expect(after.text).toBe(first!.text);
    expect(after.revision).toBe(first!.revision + 1);
  });
});
