/**
 * GET /api/segments/{id}/word-alignment through its data function on the real database: links for
 * the seeded letter's project versions and for a proposal, the 404s of what a caller may not see
 * (a private document, a private proposal) and the 400 of a version the document does not have.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createProposalSchema } from "../../lib/validation/translation";
import { getWordAlignment } from "../../server/data/alignment/get-word-alignment";
import { createProposal } from "../../server/data/translations/create-proposal";
import { updateSegmentText } from "../../server/data/documents/update-segment-text";
import { updateTranslationText } from "../../server/data/documents/update-translation-text";
import { letterSegments, letterVersions, segmentId } from "../../prisma/seed/openai-letter";
import { aliceAndBob, createPrivateBoardDocument } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";
import { sliceCodePoints } from "../../lib/anchoring/code-points";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const [CLOSE, FLUENT] = letterVersions as [(typeof letterVersions)[0], (typeof letterVersions)[0]];
/** The words a link or hit covers: its code-point span of `text`. */
const cut = (text: string, span: { start: number; end: number }) => sliceCodePoints(text, span.start, span.end);
const { alice, bob } = aliceAndBob(db);

describe("word alignment", () => {
  it("links the letter's words to the Chinese that renders them, in code points", async () => {
    const result = await getWordAlignment({ userId: null, segmentId: segmentId("s07"), version: CLOSE.id });
    expect(result).toMatchObject({ segmentId: segmentId("s07"), versionId: CLOSE.id });
    const en = letterSegments.find((s) => s.key === "s07")!.text;
    const pairs = result.links.map((l) => `${cut(en, l.en)}=${cut(CLOSE.texts.s07!, l.zh)}`);
    expect(pairs).toEqual(expect.arrayContaining(["conduct=行為", "competence=能力", "OpenAI=OpenAI"]));
    for (const link of result.links) {
      expect(link.en.end).toBeGreaterThan(link.en.start);
      expect(link.zh.end).toBeGreaterThan(link.zh.start);
      expect(link.score).toBeGreaterThan(0);
      expect(link.score).toBeLessThanOrEqual(1);
    }
    const fluent = await getWordAlignment({ userId: alice.id, segmentId: segmentId("s14"), version: FLUENT.id });
    const s14 = letterSegments.find((s) => s.key === "s14")!.text;
    expect(fluent.links.map((l) => `${cut(s14, l.en)}=${cut(FLUENT.texts.s14!, l.zh)}`)).toEqual(
      expect.arrayContaining(["Mira Murati=Mira Murati", "replaced=撤換"]),
    );
  });

  it("aligns a proposal by its translation id, for those who may see it only", async () => {
    const S = segmentId("s16");
    const input = createProposalSchema.parse({ segmentId: S, text: "你們的行動已經表明你們無法監督 OpenAI。", visibility: "private" });
    const proposal = await createProposal({ userId: alice.id, input });
    const mine = await getWordAlignment({ userId: alice.id, segmentId: S, version: proposal.id });
    const en = letterSegments.find((s) => s.key === "s16")!.text;
    expect(mine.links.map((l) => `${cut(en, l.en)}=${cut("你們的行動已經表明你們無法監督 OpenAI。", l.zh)}`)).toEqual(
      expect.arrayContaining(["actions=行動", "OpenAI=OpenAI"]),
    );
    await expect(getWordAlignment({ userId: bob.id, segmentId: S, version: proposal.id })).rejects.toMatchObject({ status: 404 });
    await expect(getWordAlignment({ userId: null, segmentId: S, version: proposal.id })).rejects.toMatchObject({ status: 404 });
  });

  it("answers 404 for a private document's sentence and 400 for a version the document does not have", async () => {
    const { segment, version } = await createPrivateBoardDocument(db, alice.id, "private-align");
    const owner = await getWordAlignment({ userId: alice.id, segmentId: segment.id, version: version.id });
    expect(owner.links.map((l) => `${cut(segment.text, l.en)}=${cut("董事會於三月三日開會。", l.zh)}`)).toEqual(
      expect.arrayContaining(["March 3=三月三日"]),
    );
    await expect(getWordAlignment({ userId: bob.id, segmentId: segment.id, version: version.id })).rejects.toMatchObject({ status: 404 });
    await expect(getWordAlignment({ userId: null, segmentId: segment.id, version: version.id })).rejects.toMatchObject({ status: 404 });
    // The letter's version exists, but not in this document; a made-up id names nothing at all.
    for (const ref of [CLOSE.id, "no-such-version"]) {
      await expect(getWordAlignment({ userId: alice.id, segmentId: segment.id, version: ref })).rejects.toMatchObject({
        status: 400,
        details: { code: "alignment_version_unknown" },
      });
    }
    // A version of the letter with no rendering of this sentence: 404, not a 500.
    const huxiu = letterVersions[2]!;
    await expect(getWordAlignment({ userId: null, segmentId: segmentId("s01"), version: huxiu.id })).rejects.toMatchObject({ status: 404 });
  });

  it("follows the owner's edits of either side: the links are the new words'", async () => {
    const { doc, segment, version } = await createPrivateBoardDocument(db, alice.id, "edited-align");
    const links = async (en: string, zh: string) =>
      (await getWordAlignment({ userId: alice.id, segmentId: segment.id, version: version.id })).links.map(
        (l) => `${cut(en, l.en)}=${cut(zh, l.zh)}`,
      );
    expect(await links(segment.text, "董事會於三月三日開會。")).toEqual(expect.arrayContaining(["March 3=三月三日"]));
    await updateSegmentText({ userId: alice.id, segmentId: segment.id, text: "On April 5, the board met." });
    // Stale links would cut the new words at the old offsets.
    expect(await links("On April 5, the board met.", "董事會於三月三日開會。")).toEqual(expect.arrayContaining(["board=董事會"]));
    const translation = await db.translation.findFirstOrThrow({ where: { segmentId: segment.id, versionId: version.id } });
    await updateTranslationText({ userId: alice.id, slug: doc.slug, translationId: translation.id, text: "四月五日，董事會開會。" });
    expect(await links("On April 5, the board met.", "四月五日，董事會開會。")).toEqual(
      expect.arrayContaining(["April 5=四月五日", "board=董事會"]),
    );
  });
});
