import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { segmentId } from "../support/letter";

const s07 = letterSegments.find((s) => s.key === "s07")!.text;
const at = s07.indexOf("competence");
const target = { segmentId: segmentId("s07"), language: "en", selector: describeSpan(s07, at, at + "competence".length) };
const valid = { document: "openai-letter-2023", target, visibility: "private" };

test.describe("annotations API", () => {
  test("refuses the anonymous, the malformed, the oversized and the cross-site", async ({ page, request }) => {
    expect((await request.post("/api/annotations", { data: valid })).status()).toBe(401);
    await signUpAndSignIn(page);
    const api = page.request;
    const malformed = await api.post("/api/annotations", {
      data: Buffer.from("{not json"),
      headers: { "Content-Type": "application/json" },
    });
    expect(malformed.status()).toBe(400);
    expect((await malformed.json()).error).toMatch(/JSON/);
    const wrongTypes = await api.post("/api/annotations", { data: { ...valid, visibility: 42, tags: "x" } });
    expect(wrongTypes.status()).toBe(400);
    expect((await wrongTypes.json()).fieldErrors).toHaveProperty("visibility");
    const big = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(70 * 1024) }] }] };
    expect((await api.post("/api/annotations", { data: { ...valid, body: big } })).status()).toBe(413);
    const crossSite = await api.post("/api/annotations", { data: valid, headers: { Origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);
    const badSelector = await api.post("/api/annotations", {
      data: { ...valid, target: { ...target, selector: { ...target.selector, exact: "confidence" } } },
    });
    expect(badSelector.status()).toBe(422);
    expect((await badSelector.json()).error).toMatch(/exact/);
    expect((await api.get("/api/annotations")).status()).toBe(400);
    expect((await api.get("/api/annotations?document=no-such")).status()).toBe(404);
  });

  test("a retry with the same Idempotency-Key returns the first note and stores nothing twice", async ({ page }) => {
    await signUpAndSignIn(page);
    const key = `e2e-${Date.now()}`;
    const first = await page.request.post("/api/annotations", { data: valid, headers: { "Idempotency-Key": key } });
    const retry = await page.request.post("/api/annotations", { data: valid, headers: { "Idempotency-Key": key } });
    expect(first.status()).toBe(201);
    expect(retry.status()).toBe(201);
    expect(retry.headers()["idempotent-replayed"]).toBe("true");
    expect((await retry.json()).id).toBe((await first.json()).id);
    const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
    expect(annotations.filter((a: { mine: boolean }) => a.mine)).toHaveLength(1);
  });

  test("edits follow the version rule, deleting removes the note, and its author may undo that", async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const created = await (await page.request.post("/api/annotations", { data: valid })).json();
    const edited = await page.request.patch(`/api/annotations/${created.id}`, { data: { version: 1, color: "blue", tags: ["register"] } });
    expect(edited.status()).toBe(200);
    expect(await edited.json()).toMatchObject({ version: 2, color: "blue", tags: ["register"] });
    expect((await page.request.patch(`/api/annotations/${created.id}`, { data: { version: 1, color: "pink" } })).status()).toBe(409);
    const reply = await page.request.post(`/api/annotations/${created.id}/replies`, {
      data: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Self-reply" }] }] } },
    });
    expect(reply.status()).toBe(201);
    const replyPath = `/api/annotations/${created.id}/replies/${(await reply.json()).id}`;
    const editedReply = await page.request.patch(replyPath, {
      data: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Edited reply" }] }] } },
    });
    expect(editedReply.status()).toBe(200);
    expect((await editedReply.json()).bodyText).toBe("Edited reply");
    expect((await page.request.delete(replyPath)).status()).toBe(204);
    expect((await page.request.delete(replyPath)).status()).toBe(404);
    expect((await page.request.delete(`/api/annotations/${created.id}`)).status()).toBe(204);
    expect((await page.request.get(`/api/annotations/${created.id}`)).status()).toBe(404);

    // Undo: only the author, only a deleted note; it comes back with a new version.
    const stranger = await browser.newPage();
    await signUpAndSignIn(stranger, { name: "Stranger" });
    expect((await stranger.request.post(`/api/annotations/${created.id}/restore`)).status()).toBe(404);
    const restored = await page.request.post(`/api/annotations/${created.id}/restore`);
    expect(restored.status()).toBe(200);
    expect(await restored.json()).toMatchObject({ id: created.id, version: 4, color: "blue" });
    expect((await page.request.get(`/api/annotations/${created.id}`)).status()).toBe(200);
    expect((await page.request.post(`/api/annotations/${created.id}/restore`)).status()).toBe(404);
    await stranger.close();
  });

  test("a question is marked answered by its asker, not by others, and a comment cannot be", async ({ page, browser }) => {
    await signUpAndSignIn(page);
    const question = await (await page.request.post("/api/annotations", { data: { ...valid, motivation: "questioning" } })).json();
    expect(question.answered).toBe(false);
    const marked = await page.request.post(`/api/annotations/${question.id}/answered`, { data: { answered: true } });
    expect(marked.status()).toBe(200);
    expect(await marked.json()).toMatchObject({ answered: true, version: 2 });
    expect((await (await page.request.get(`/api/annotations/${question.id}`)).json()).answered).toBe(true);

    const comment = await (await page.request.post("/api/annotations", { data: { ...valid, motivation: "commenting" } })).json();
    const refused = await page.request.post(`/api/annotations/${comment.id}/answered`, { data: { answered: true } });
    expect(refused.status()).toBe(422);
    expect(await refused.json()).toMatchObject({ code: "note_not_a_question" });

    // Someone else's public question: they may read it but not mark it.
    const publicQuestion = await (
      await page.request.post("/api/annotations", { data: { ...valid, motivation: "questioning", visibility: "public" } })
    ).json();
    const other = await browser.newPage();
    await signUpAndSignIn(other, { name: "Bystander" });
    const theirs = await other.request.post(`/api/annotations/${publicQuestion.id}/answered`, { data: { answered: true } });
    expect(theirs.status()).toBe(403);
    expect(await theirs.json()).toMatchObject({ code: "answered_author_or_teacher" });
    expect((await other.request.post(`/api/annotations/${question.id}/answered`, { data: { answered: true } })).status()).toBe(404);
    await other.close();
    // Public notes would count in other journeys' margins: leave none behind.
    expect((await page.request.delete(`/api/annotations/${publicQuestion.id}`)).status()).toBe(204);

    // In the reader: the answered question says so, and its asker can take that back.
    await page.goto("/documents/openai-letter-2023");
    await page.getByRole("button", { name: /^Notes/ }).click();
    const card = page.locator(`[data-annotation-id="${question.id}"]`);
    await expect(card.locator(".badge-answered")).toHaveText("Answered");
    await card.getByRole("button", { name: "Mark not answered" }).click();
    await expect(card.locator(".badge-answered")).toHaveCount(0);
    await expect(card.getByRole("button", { name: "Mark answered" })).toHaveAttribute("aria-pressed", "false");
  });
});
