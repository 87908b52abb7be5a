/**
 * Proposals, votes and adoptions against the real database: who sees which proposal, one vote per
 * person under concurrency, who may adopt, and compare ops rebuilding both sides.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuild } from "../../lib/diff/diff";
import { createProposalSchema } from "../../lib/validation/translation";
import { canAdoptFor } from "../../server/data/translations/can-adopt-for";
import { castVote } from "../../server/data/translations/cast-vote";
import { compareTranslations } from "../../server/data/translations/compare-translations";
import { createProposal } from "../../server/data/translations/create-proposal";
import { getDocumentComparison } from "../../server/data/translations/get-document-comparison";
import { listSegmentTranslations } from "../../server/data/translations/list-segment-translations";
import { removeAdoption } from "../../server/data/translations/remove-adoption";
import { setAdoption } from "../../server/data/translations/set-adoption";
import { updateProposal } from "../../server/data/translations/update-proposal";
import { withdrawProposal } from "../../server/data/translations/withdraw-proposal";
import { letterVersions, segmentId } from "../../prisma/seed/openai-letter";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const [CLOSE, FLUENT] = letterVersions as [(typeof letterVersions)[0], (typeof letterVersions)[0]];
const S = segmentId("s07");
let alice: { id: string };
let bob: { id: string };
let carol: { id: string };
beforeAll(async () => {
  alice = await createUser(db, "Alice");
  bob = await createUser(db, "Bob");
  carol = await createUser(db, "Carol");
});

const propose = (userId: string, fields: Record<string, unknown> = {}) =>
  createProposal({ userId, input: createProposalSchema.parse({ segmentId: S, text: "我們不能為缺乏能力的人工作。", ...fields }) });
const idsFor = async (userId: string | null) => (await listSegmentTranslations({ userId, segmentId: S })).map((t) => t.id);

describe("proposals", () => {
  it("lists published versions for everyone, signed in or not", async () => {
    const list = await listSegmentTranslations({ userId: null, segmentId: S });
    expect(list.slice(0, 2).map((t) => t.versionId)).toEqual([CLOSE.id, FLUENT.id]);
    expect(list[0]).toMatchObject({
      kind: "published",
      text: CLOSE.texts.s07,
      votes: { up: 0, down: 0, score: 0, mine: 0 },
      adopted: false,
    });
    await expect(listSegmentTranslations({ userId: null, segmentId: "nope" })).rejects.toMatchObject({ status: 404 });
  });

  it("shows a public proposal to everyone and a private one to its author only", async () => {
    const pub = await propose(alice.id);
    const priv = await propose(alice.id, { visibility: "private", text: "  私下的譯法  " });
    expect(await idsFor(alice.id)).toEqual(expect.arrayContaining([pub.id, priv.id]));
    expect(await idsFor(bob.id)).toContain(pub.id);
    expect(await idsFor(bob.id)).not.toContain(priv.id);
    expect(await idsFor(null)).toContain(pub.id);
    expect(await idsFor(null)).not.toContain(priv.id);
    const mine = (await listSegmentTranslations({ userId: alice.id, segmentId: S })).find((t) => t.id === priv.id);
    expect(mine).toMatchObject({ text: "私下的譯法", mine: true, author: { name: "Alice" } });
  });

  it("shows a class proposal to the class's members only", async () => {
    const klass = await db.class.create({ data: { name: "Translation 101", joinCode: `C${Date.now()}`, createdById: carol.id } });
    await db.membership.createMany({
      data: [
        { classId: klass.id, userId: carol.id, role: "teacher" },
        { classId: klass.id, userId: alice.id },
      ],
    });
    await expect(propose(bob.id, { visibility: "class", classId: klass.id })).rejects.toMatchObject({ status: 422 });
    const forClass = await propose(alice.id, { visibility: "class", classId: klass.id });
    expect(await idsFor(carol.id)).toContain(forClass.id);
    expect(await idsFor(bob.id)).not.toContain(forClass.id);
    expect(await idsFor(null)).not.toContain(forClass.id);
  });

  it("lets only the author edit or withdraw, answering 404 to those who cannot see it and 403 to those who can", async () => {
    const pub = await propose(alice.id);
    const priv = await propose(alice.id, { visibility: "private" });
    await expect(updateProposal({ userId: bob.id, id: pub.id, text: "改" })).rejects.toMatchObject({ status: 403 });
    await expect(updateProposal({ userId: bob.id, id: priv.id, text: "改" })).rejects.toMatchObject({ status: 404 });
    await expect(withdrawProposal({ userId: bob.id, id: pub.id })).rejects.toMatchObject({ status: 403 });
    await expect(updateProposal({ userId: alice.id, id: CLOSE.id, text: "改" })).rejects.toMatchObject({ status: 404 });
    expect(await updateProposal({ userId: alice.id, id: pub.id, text: "新譯法" })).toMatchObject({ revision: 2 });
    await withdrawProposal({ userId: alice.id, id: pub.id });
    expect(await idsFor(alice.id)).not.toContain(pub.id);
    expect(await idsFor(bob.id)).not.toContain(pub.id);
  });

  it("refuses empty and oversized text", () => {
    expect(createProposalSchema.safeParse({ segmentId: S, text: "   " }).success).toBe(false);
    expect(createProposalSchema.safeParse({ segmentId: S, text: "字".repeat(2001) }).success).toBe(false);
    expect(createProposalSchema.safeParse({ segmentId: S, text: "𠮷".repeat(2000) }).success).toBe(true);
  });
});

describe("votes", () => {
  it("counts one vote per person, whatever the concurrency", async () => {
    const { id } = await propose(alice.id);
    await Promise.all(Array.from({ length: 20 }, () => castVote({ userId: bob.id, translationId: id, value: 1 })));
    expect(await db.vote.count({ where: { translationId: id } })).toBe(1);
    const voters = await Promise.all(Array.from({ length: 20 }, (_, i) => createUser(db, `Voter${i}`)));
    await Promise.all(voters.map((v) => castVote({ userId: v.id, translationId: id, value: 1 })));
    await Promise.all(voters.map((v) => castVote({ userId: v.id, translationId: id, value: 1 })));
    expect(await db.vote.count({ where: { translationId: id } })).toBe(21);
    expect(await castVote({ userId: bob.id, translationId: id, value: -1 })).toEqual({ up: 20, down: 1, score: 19, mine: -1 });
    expect(await castVote({ userId: bob.id, translationId: id, value: 0 })).toEqual({ up: 20, down: 0, score: 20, mine: 0 });
    const listed = (await listSegmentTranslations({ userId: voters[0]!.id, segmentId: S })).find((t) => t.id === id);
    expect(listed?.votes).toEqual({ up: 20, down: 0, score: 20, mine: 1 });
  });

  it("refuses votes on what the voter cannot see", async () => {
    const priv = await propose(alice.id, { visibility: "private" });
    await expect(castVote({ userId: bob.id, translationId: priv.id, value: 1 })).rejects.toMatchObject({ status: 404 });
  });
});

describe("adoption", () => {
  it("lets nobody adopt for the seeded letter, which has no owner", async () => {
    expect(await canAdoptFor(alice.id, S, "document")).toBe(false);
    const close = (await listSegmentTranslations({ userId: alice.id, segmentId: S }))[0]!;
    await expect(setAdoption({ userId: alice.id, segmentId: S, translationId: close.id, scope: "document" })).rejects.toMatchObject({
      status: 403,
    });
  });

  it("lets a class teacher adopt for their class, and not a student", async () => {
    const klass = await db.class.create({ data: { name: "Adopters", joinCode: `A${Date.now()}`, createdById: carol.id } });
    await db.membership.createMany({
      data: [
        { classId: klass.id, userId: carol.id, role: "teacher" },
        { classId: klass.id, userId: bob.id },
      ],
    });
    const { id } = await propose(bob.id);
    expect(await canAdoptFor(carol.id, S, klass.id)).toBe(true);
    expect(await canAdoptFor(bob.id, S, klass.id)).toBe(false);
    await expect(setAdoption({ userId: bob.id, segmentId: S, translationId: id, scope: klass.id })).rejects.toMatchObject({ status: 403 });
    await setAdoption({ userId: carol.id, segmentId: S, translationId: id, scope: klass.id });
    const listed = await listSegmentTranslations({ userId: bob.id, segmentId: S, scope: klass.id });
    expect(listed.filter((t) => t.adopted).map((t) => t.id)).toEqual([id]);
    // A second adoption for the same class replaces the first.
    const close = listed[0]!;
    await setAdoption({ userId: carol.id, segmentId: S, translationId: close.id, scope: klass.id });
    expect(await db.adoption.count({ where: { segmentId: S, scope: klass.id } })).toBe(1);
    await removeAdoption({ userId: carol.id, segmentId: S, scope: klass.id });
    expect(await db.adoption.count({ where: { segmentId: S, scope: klass.id } })).toBe(0);
  });

  it("lets a document owner adopt for the document", async () => {
    const doc = await db.document.create({
      data: {
        slug: `owned-${Date.now()}`,
        title: "Owned",
        source: "test",
        provenance: "test",
        licence: "test",
        visibility: "public",
        ownerId: alice.id,
        segments: { create: [{ index: 0, paragraph: 0, text: "Hello." }] },
      },
      include: { segments: true },
    });
    const seg = doc.segments[0]!;
    const { id } = await createProposal({ userId: bob.id, input: createProposalSchema.parse({ segmentId: seg.id, text: "你好。" }) });
    expect(await canAdoptFor(alice.id, seg.id, "document")).toBe(true);
    await expect(setAdoption({ userId: bob.id, segmentId: seg.id, translationId: id, scope: "document" })).rejects.toMatchObject({
      status: 403,
    });
    await setAdoption({ userId: alice.id, segmentId: seg.id, translationId: id, scope: "document" });
    expect((await listSegmentTranslations({ userId: null, segmentId: seg.id }))[0]).toMatchObject({ id, adopted: true });
    await expect(setAdoption({ userId: alice.id, segmentId: seg.id, translationId: CLOSE.id, scope: "document" })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("compare", () => {
  it("diffs two versions by version id or translation id, and the ops rebuild both sides", async () => {
    const result = await compareTranslations({ userId: null, segmentId: S, a: FLUENT.id, b: CLOSE.id });
    expect(rebuild(result.ops, "a")).toBe(FLUENT.texts.s07);
    expect(rebuild(result.ops, "b")).toBe(CLOSE.texts.s07);
    expect(result.distance).toBeGreaterThan(0);
    expect(result.distance).toBeLessThanOrEqual(1);
    const { id } = await propose(alice.id, { text: "🙂 e\u0301 我們" });
    const withProposal = await compareTranslations({ userId: null, segmentId: S, a: result.a.id, b: id });
    expect(rebuild(withProposal.ops, "b")).toBe("🙂 e\u0301 我們");
    await expect(compareTranslations({ userId: null, segmentId: S, a: FLUENT.id, b: "missing" })).rejects.toMatchObject({ status: 404 });
  });

  it("compares every sentence of the letter for the whole-letter view", async () => {
    const comparison = await getDocumentComparison({ userId: null, slug: "openai-letter-2023" });
    expect(comparison?.segments.length).toBe(comparison?.document.segments.length);
    for (const s of comparison!.segments) {
      expect(s.divergence).toBeGreaterThanOrEqual(0);
      expect(s.divergence).toBeLessThanOrEqual(1);
    }
    expect(comparison!.segments.some((s) => s.divergence > 0)).toBe(true);
  });
});
