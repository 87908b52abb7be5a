import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { LETTER_PATH, segmentId } from "../support/letter";
import { chineseSentence, englishSentence, noteCount, paintedRanges, selectWords, waitForSignedInReader } from "../support/reader";

const toolbar = (page: import("@playwright/test").Page) => page.getByRole("toolbar", { name: "Selected text" });
const notesPanel = (page: import("@playwright/test").Page) => page.getByRole("complementary", { name: "Notes" });

test.describe("highlights and notes", () => {
  test("a reader highlights words, writes a formatted note, finds it after a reload, and exports it; others cannot see it", async ({
    page,
    browser,
  }) => {
    await signUpAndSignIn(page, { name: "Mei" });
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);

    await selectWords(page, englishSentence(page, "s07"), "competence");
    await toolbar(page).getByRole("button", { name: "Note" }).click();
    const editor = page.getByRole("textbox", { name: "Note" });
    await expect(editor).toBeVisible();
    await editor.click();
    await page.keyboard.type("Is ");
    await page.getByRole("button", { name: "Bold" }).click();
    await page.keyboard.type("competence");
    await page.getByRole("button", { name: "Bold" }).click();
    await page.keyboard.type(" the right word? 能力 or 資格?");
    await page.getByLabel("Tags").fill("diction 用詞");
    await page.getByRole("button", { name: "Save", exact: true }).click();

    const card = notesPanel(page).getByRole("article", { name: "Note by Mei" });
    await expect(card).toContainText("the right word? 能力 or 資格?");
    await expect(card.locator("strong")).toHaveText("competence");
    await expect(noteCount(page, "s07", 1)).toBeVisible();
    expect(await paintedRanges(page, "yellow")).toBe(1);

    await page.reload();
    await noteCount(page, "s07", 1).click();
    await expect(card.locator("strong")).toHaveText("competence");
    await expect(card.getByRole("button", { name: "Show notes tagged 用詞" })).toBeVisible();
    await expect.poll(() => paintedRanges(page, "yellow")).toBe(1);

    const { annotations } = await (await page.request.get(`/api/annotations?document=openai-letter-2023&limit=500`)).json();
    const mine = annotations.find((a: { bodyText: string }) => a.bodyText.includes("能力 or 資格"));
    expect(mine.targets[0]).toMatchObject({ segmentId: segmentId("s07"), language: "en", selector: { exact: "competence" } });

    const exported = await page.request.get("/api/documents/openai-letter-2023/annotations.jsonld");
    expect(exported.headers()["content-type"]).toContain("application/ld+json");
    const collection = await exported.json();
    expect(collection).toMatchObject({ "@context": "http://www.w3.org/ns/anno.jsonld", type: "AnnotationCollection" });
    const item = collection.first.items.find((i: { id: string }) => i.id.endsWith(`/api/annotations/${mine.id}`));
    expect(item.target[0].selector).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextQuoteSelector", exact: "competence" }),
        expect.objectContaining({ type: "TextPositionSelector" }),
      ]),
    );
    expect(item.body).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "TextualBody", purpose: "tagging", value: "用詞" })]),
    );

    // Another reader sees nothing of it and can change nothing.
    const other = await browser.newPage();
    await signUpAndSignIn(other);
    await other.goto(LETTER_PATH);
    await expect(other.getByRole("button", { name: /Notes/ })).toContainText("0");
    expect((await other.request.get(`/api/annotations/${mine.id}`)).status()).toBe(404);
    expect((await other.request.patch(`/api/annotations/${mine.id}`, { data: { version: 1, color: "green" } })).status()).toBe(404);
    expect((await other.request.delete(`/api/annotations/${mine.id}`)).status()).toBe(404);
    const theirExport = await (await other.request.get("/api/documents/openai-letter-2023/annotations.jsonld")).json();
    expect(JSON.stringify(theirExport)).not.toContain(mine.id);
    await other.close();
  });

  test("a Chinese span is highlighted in one click, and an English span can be paired with its Chinese counterpart", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);

    await selectWords(page, chineseSentence(page, "s10"), "書面證據");
    await toolbar(page).getByRole("button", { name: "Highlight in green" }).click();
    await expect(noteCount(page, "s10", 1)).toBeVisible();
    await expect.poll(() => paintedRanges(page, "green")).toBe(1);

    await selectWords(page, englishSentence(page, "s11"), "bad faith");
    await toolbar(page).getByRole("button", { name: "Pair…" }).click();
    await expect(page.getByRole("status").filter({ hasText: "select the matching words" }).first()).toBeVisible();
    await selectWords(page, chineseSentence(page, "s11"), "不誠信");
    await toolbar(page)
      .getByRole("button", { name: /Pair with/ })
      .click();
    const composer = page.getByRole("form", { name: "New note" });
    await expect(composer.locator("blockquote")).toHaveText(["bad faith", "不誠信"]);
    await composer.getByRole("button", { name: "Save" }).click();
    await expect(notesPanel(page).getByRole("article")).toHaveCount(1);

    const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
    const pair = annotations.find((a: { targets: unknown[] }) => a.targets.length === 2);
    expect(pair.targets.map((t: { language: string; selector: { exact: string } }) => [t.language, t.selector.exact]).sort()).toEqual([
      ["en", "bad faith"],
      ["zh-Hant", "不誠信"],
    ]);
    const zh = annotations.find((a: { color: string }) => a.color === "green");
    expect(zh.targets[0]).toMatchObject({ language: "zh-Hant", versionId: "openai-letter-2023-close", selector: { exact: "書面證據" } });
  });

  test("a note written while offline is kept, retried, and stored once when the connection returns", async ({ page, context }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    await englishSentence(page, "s13").focus();
    await page.keyboard.press("n"); // keyboard: a note on the whole sentence
    const editor = page.getByRole("textbox", { name: "Note" });
    await editor.click();
    await page.keyboard.type("Around the clock: 全天候 vs 夜以繼日");

    await context.setOffline(true);
    await page.getByRole("form", { name: "New note" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Not saved yet" })).toBeVisible();
    const draft = await page.evaluate(() => localStorage.getItem("interleaf:draft:openai-letter-2023"));
    expect(draft).toContain("夜以繼日");

    await context.setOffline(false);
    await expect(notesPanel(page).getByRole("article")).toContainText("夜以繼日", { timeout: 15_000 });
    expect(await page.evaluate(() => localStorage.getItem("interleaf:draft:openai-letter-2023"))).toBeNull();
    const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
    expect(annotations.filter((a: { bodyText: string }) => a.bodyText.includes("夜以繼日"))).toHaveLength(1);
    const saved = annotations.find((a: { bodyText: string }) => a.bodyText.includes("夜以繼日"));
    expect(saved.targets[0].selector.exact).toBe(await englishSentence(page, "s13").textContent());
  });

  test("an unsaved draft survives a reload", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    await selectWords(page, englishSentence(page, "s16"), "obvious");
    await toolbar(page).getByRole("button", { name: "Note" }).click();
    await page.getByRole("textbox", { name: "Note" }).click();
    await page.keyboard.type("Half-written thought");
    await page.reload();
    await expect(page.getByRole("form", { name: "New note" }).locator("blockquote")).toHaveText("obvious");
    await expect(page.getByRole("textbox", { name: "Note" })).toContainText("Half-written thought");
  });

  test("signed out, selecting text offers sign-in instead of highlighting", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await selectWords(page, englishSentence(page, "s03"), "governance");
    await expect(toolbar(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("a note that looks like markup renders as text, and links are safe", async ({ page }) => {
    await signUpAndSignIn(page, { name: "Eve" });
    const body = {
      type: "doc",
      content: [
        { type: "paragraph", content: [{ type: "text", text: '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>' }] },
        {
          type: "paragraph",
          content: [{ type: "text", text: "source", marks: [{ type: "link", attrs: { href: "https://example.org/a" } }] }],
        },
      ],
    };
    const target = {
      segmentId: segmentId("s01"),
      language: "en",
      selector: { exact: "OpenAI", prefix: "", suffix: " is the world’s leading AI company.", start: 0, end: 6 },
    };
    const created = await page.request.post("/api/annotations", {
      data: { document: "openai-letter-2023", target, body, visibility: "private" },
    });
    expect(created.status()).toBe(201);
    await page.goto(LETTER_PATH);
    await noteCount(page, "s01", 1).click();
    const card = notesPanel(page).getByRole("article", { name: "Note by Eve" });
    await expect(card).toContainText("<img src=x onerror=");
    await expect(card.locator("img, script")).toHaveCount(0);
    await expect(card.getByRole("link", { name: "source" })).toHaveAttribute("rel", /noopener/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("deleting a note asks nothing and offers Undo, which brings it back with its reply", async ({ page }) => {
    await signUpAndSignIn(page, { name: "Undo Uma" });
    const s01 = "OpenAI is the world’s leading AI company.";
    const target = {
      segmentId: segmentId("s01"),
      language: "en",
      selector: { exact: "OpenAI", prefix: "", suffix: s01.slice(6), start: 0, end: 6 },
    };
    const text = (words: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: words }] }] });
    const created = await (
      await page.request.post("/api/annotations", {
        data: { document: "openai-letter-2023", target, body: text("Keep me"), visibility: "private" },
      })
    ).json();
    await page.request.post(`/api/annotations/${created.id}/replies`, { data: { body: text("And my reply") } });
    page.on("dialog", (dialog) => {
      throw new Error(`No dialog expected, got "${dialog.message()}"`);
    });
    await page.goto(LETTER_PATH);
    await noteCount(page, "s01", 1).click();
    const card = notesPanel(page).getByRole("article", { name: "Note by Undo Uma" });
    await card.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(card).toHaveCount(0);
    const undo = notesPanel(page).getByRole("button", { name: "Undo" });
    await expect(notesPanel(page).getByRole("status").filter({ hasText: "Note deleted, with its replies." })).toBeVisible();
    await expect(undo).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(card).toContainText("Keep me");
    await expect(card).toContainText("And my reply");
    await expect(undo).toHaveCount(0);

    // Deleted and left: gone after a reload.
    await card.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(undo).toBeVisible();
    await page.reload();
    await waitForSignedInReader(page);
    expect((await page.request.get(`/api/annotations/${created.id}`)).status()).toBe(404);
    await expect(noteCount(page, "s01", 1)).toHaveCount(0);
  });

  test("all notes read in text order, with their sentence numbers, or newest first", async ({ page }) => {
    await signUpAndSignIn(page, { name: "Order Olu" });
    const text = (words: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: words }] }] });
    // Written out of order, so text order, oldest first and newest first all differ.
    for (const [key, word, body] of [
      ["s07", "competence", "Later in the text"],
      ["s01", "OpenAI", "Earlier in the text"],
      ["s03", "governance", "In the middle"],
    ] as const) {
      const sentence = letterSegments.find((s) => s.key === key)!.text;
      const at = sentence.indexOf(word);
      const target = { segmentId: segmentId(key), language: "en", selector: describeSpan(sentence, at, at + word.length) };
      const created = await page.request.post("/api/annotations", {
        data: { document: "openai-letter-2023", target, body: text(body), visibility: "private" },
      });
      expect(created.status()).toBe(201);
    }
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    await page.getByRole("button", { name: /^Notes/ }).click();
    // Only this reader's notes: others' public notes from other journeys may be listed too.
    const cards = notesPanel(page).getByRole("article", { name: "Note by Order Olu" });
    const bodies = () => cards.locator(".note-body").allTextContents();
    await expect(cards).toHaveCount(3);
    expect(await bodies()).toEqual(["Earlier in the text", "In the middle", "Later in the text"]);
    await expect(cards.nth(0).getByRole("button", { name: "Show in the text" })).toContainText("Sentence 1");
    await expect(cards.nth(2).getByRole("button", { name: "Show in the text" })).toContainText("Sentence 7");
    await notesPanel(page).getByRole("combobox", { name: "Order" }).selectOption({ label: "Newest first" });
    await expect.poll(bodies).toEqual(["In the middle", "Earlier in the text", "Later in the text"]);
  });
});
