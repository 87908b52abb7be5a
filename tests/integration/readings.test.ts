/**
 * GET /api/documents/{slug}/readings (ruby over the reader's Chinese) on the real database and the
 * real CC-CEDICT file: each word's pinyin and 注音 in code points of the version's text, only the
 * sentences that version renders, the 404s of what a caller may not see (a private document, a
 * version of another document) and the 400 `invalid_query` refusals of the route.
 */
import { afterAll, describe, expect, it } from "vitest";
import { GET } from "../../app/api/documents/[slug]/readings/route";
import { sliceCodePoints } from "../../lib/anchoring/code-points";
import { getReadings } from "../../server/data/dictionary/get-readings";
import { letterVersions, segmentId } from "../../prisma/seed/openai-letter";
import { aliceAndBob, createPrivateBoardDocument } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const LETTER = "openai-letter-2023";
const [CLOSE] = letterVersions as [(typeof letterVersions)[0]];
const { alice, bob } = aliceAndBob(db);

describe("readings for ruby", () => {
  it("reads each word of the asked sentences, in code points of the version's text", async () => {
    const result = await getReadings({ userId: null, slug: LETTER, version: CLOSE.id, segmentIds: [segmentId("s07"), segmentId("s01")] });
    expect(result.versionId).toBe(CLOSE.id);
    expect(result.readings.map((r) => r.segmentId)).toEqual([segmentId("s07"), segmentId("s01")]);
    const s07 = CLOSE.texts.s07!;
    const words = result.readings[0]!.words.map((w) => `${sliceCodePoints(s07, w.start, w.end)}=${w.pinyin}`);
    expect(words).toEqual(expect.arrayContaining(["行為=xíngwéi", "能力=nénglì"]));
    const ability = result.readings[0]!.words.find((w) => sliceCodePoints(s07, w.start, w.end) === "能力")!;
    expect(ability.zhuyin).toBe("ㄋㄥˊ ㄌㄧˋ");
    // Nothing but Han characters carries a reading (OpenAI stays as written).
    for (const w of result.readings[0]!.words) expect(sliceCodePoints(s07, w.start, w.end)).toMatch(/^\p{Script=Han}+$/u);
  }, 60_000);

  it("leaves out sentences the version does not render or that are not the document's", async () => {
    const result = await getReadings({ userId: null, slug: LETTER, version: CLOSE.id, segmentIds: ["no-such-sentence", segmentId("s02")] });
    expect(result.readings.map((r) => r.segmentId)).toEqual([segmentId("s02")]);
  });

  it("answers 404 for a document the caller may not read and for a version it does not have", async () => {
    const { doc, segment, version } = await createPrivateBoardDocument(db, alice.id, "private-readings");
    const owner = await getReadings({ userId: alice.id, slug: doc.slug, version: version.id, segmentIds: [segment.id] });
    expect(owner.readings[0]!.words.map((w) => w.pinyin)).toEqual(expect.arrayContaining(["dǒngshìhuì", "kāihuì"]));
    for (const userId of [bob.id, null]) {
      await expect(getReadings({ userId, slug: doc.slug, version: version.id, segmentIds: [segment.id] })).rejects.toMatchObject({
        status: 404,
        details: { code: "document_not_found" },
      });
    }
    // The letter's version is real, but not this document's.
    await expect(getReadings({ userId: alice.id, slug: doc.slug, version: CLOSE.id, segmentIds: [segment.id] })).rejects.toMatchObject({
      status: 404,
      details: { code: "version_not_found" },
    });
  });

  it("refuses a missing version, missing or too many sentences with invalid_query", async () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `s${i}`).join(",");
    for (const query of [
      "",
      `?segments=${segmentId("s01")}`,
      `?version=${CLOSE.id}`,
      `?version=${CLOSE.id}&segments=,,`,
      `?version=${CLOSE.id}&segments=${ids(101)}`,
      `?version=a&version=b&segments=x`,
    ]) {
      const response = await GET(new Request(`http://localhost/api/documents/${LETTER}/readings${query}`), {
        params: Promise.resolve({ slug: LETTER }),
      });
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe("invalid_query");
    }
  });
});
