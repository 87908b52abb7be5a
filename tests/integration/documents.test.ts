/** The document read functions, against the real database: shape and who may see what. */
import { afterAll, describe, expect, it } from "vitest";
import { getDocument } from "../../server/data/documents/get-document";
import { listOwnDocuments } from "../../server/data/documents/list-own-documents";
import { listDocuments } from "../../server/data/documents/list-documents";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

describe("getDocument", () => {
  it("returns the letter with its versions and aligned translations", async () => {
    const document = await getDocument({ slug: "openai-letter-2023" });
    expect(document).not.toBeNull();
    expect(document!.url).toBe("/documents/openai-letter-2023");
    expect(document!.versions.map((v) => [v.kind, v.language, v.complete])).toEqual([
      ["project_close", "zh-Hant", true],
      ["project_fluent", "zh-Hant", true],
      ["source", "zh-Hant", false],
    ]);
    const [close, fluent, huxiu] = document!.versions;
    for (const segment of document!.segments) {
      expect(segment.translations[close!.id]).toBeTruthy();
      expect(segment.translations[fluent!.id]).toBeTruthy();
    }
    expect(huxiu!.translatedCount).toBe(2);
    expect(document!.segments[15]!.text).toContain('"would be consistent with the mission."');
  });

  it("answers null for an unknown slug", async () => {
    expect(await getDocument({ slug: "no-such-letter" })).toBeNull();
  });

  it("shows a private document to its owner only", async () => {
    const owner = await db.user.create({ data: { email: `owner-${Date.now()}@example.test`, name: "Owner" } });
    const other = await db.user.create({ data: { email: `other-${Date.now()}@example.test`, name: "Other" } });
    const slug = `private-${Date.now()}`;
    await db.document.create({
      data: { slug, title: "Private draft", source: "test", provenance: "test", licence: "test", ownerId: owner.id, visibility: "private" },
    });

    expect(await getDocument({ slug, userId: owner.id })).toMatchObject({ slug, title: "Private draft" });
    expect(await getDocument({ slug, userId: other.id })).toBeNull();
    expect(await getDocument({ slug })).toBeNull();
    // The shared list is the public texts (and a member's class-only ones); one's own private texts are listed apart ("My texts").
    expect((await listDocuments({ userId: owner.id })).map((d) => d.slug)).not.toContain(slug);
    expect((await listOwnDocuments({ userId: owner.id })).map((d) => d.slug)).toContain(slug);
    expect((await listDocuments({ userId: other.id })).map((d) => d.slug)).not.toContain(slug);
    expect((await listDocuments({})).map((d) => d.slug)).not.toContain(slug);
  });
});
