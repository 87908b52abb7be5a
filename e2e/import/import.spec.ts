import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { paintedRanges, selectWords, waitForSignedInReader } from "../support/reader";

const ENGLISH = `Dear Ms. Rivera,

Our class read your article on Jan. 5 at 3 p.m. We found it moving. The part about the river was our favourite.

Thank you for writing it.

Sincerely,
Room 12`;

// The second English sentence has no Chinese sentence of its own: it is folded into the first.
const CHINESE = `親愛的里維拉女士：

我們班在1月5日下午3點讀了您的文章，覺得它很感人。關於河流的部分是我們最喜歡的。

感謝您寫下它。

此致
12班`;

const english = (page: Page, text: string) => page.locator('.sentence[lang="en"]', { hasText: text });

test.describe("import, align, annotate, edit, export", () => {
  test("a teacher imports a letter, fixes the alignment, publishes, and a note follows its words through an edit", async ({ page }) => {
    test.setTimeout(90_000); // a long journey: a dozen page loads
    await signUpAndSignIn(page, { name: "Lin" });
    await page.goto("/import");
    await page.getByLabel("Title").fill("Letter to Ms. Rivera");
    await page.getByLabel("English text").fill(ENGLISH);
    await page.getByLabel("Chinese text 中文譯文").fill(CHINESE);
    await page.getByRole("button", { name: "Align" }).click();

    await expect(page).toHaveURL(/\/documents\/letter-to-ms-rivera-[0-9a-f]+\/align$/);
    const slug = page.url().split("/documents/")[1]!.split("/")[0]!;
    await expect(page.getByRole("listitem")).toHaveCount(7);
    await expect(page.getByRole("textbox", { name: "Row 2 English" })).toHaveValue("Our class read your article on Jan. 5 at 3 p.m.");
    await expect(page.getByRole("textbox", { name: "Row 3 Chinese" })).toHaveValue("");

    // Fix the alignment: the second sentence belongs with the first.
    await page.getByRole("button", { name: "Merge row 2 with the next" }).click();
    await expect(page.getByRole("listitem")).toHaveCount(6);
    await expect(page.getByRole("textbox", { name: "Row 2 English" })).toHaveValue(
      "Our class read your article on Jan. 5 at 3 p.m. We found it moving.",
    );
    await expect(page.getByRole("textbox", { name: "Row 3 Chinese" })).toHaveValue("關於河流的部分是我們最喜歡的。");

    // Until published, a draft is nobody else's business, and not in the static reader.
    expect((await page.request.get(`/documents/${slug}`)).status()).toBe(404);
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page).toHaveURL(new RegExp(`/read/${slug}$`));
    await waitForSignedInReader(page);
    // One Chinese version: nothing to compare the whole text with, so no link offers it.
    await expect(page.getByRole("link", { name: "Compare translations" })).toHaveCount(0);

    // Annotate.
    await selectWords(page, english(page, "The part about the river"), "the river");
    await page.getByRole("toolbar", { name: "Selected text" }).getByRole("button", { name: "Note" }).click();
    await page.getByRole("textbox", { name: "Note" }).click();
    await page.keyboard.type("Which river? 哪條河?");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("complementary", { name: "Notes" })).toContainText("Which river?");
    await expect.poll(() => paintedRanges(page, "yellow")).toBe(1);

    // Edit the sentence: text inserted before the words. The reader and the editor number it alike
    // (the salutation has no number, so the river is sentence 2 on both pages).
    await expect(page.locator("[data-pair]").filter({ hasText: "The part about the river" }).locator(".number")).toHaveText("2");
    await page.getByRole("link", { name: "Edit text" }).click();
    const sentence = page.getByLabel("Sentence 2 English", { exact: true });
    await expect(sentence).toHaveValue(/The part about the river/);
    await sentence.fill("In the end, the part about the river was our favourite.");
    await page.getByRole("button", { name: "Save Sentence 2 English" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 note follows its words" })).toBeVisible();

    // The note follows its words.
    await page.goto(`/read/${slug}`);
    await waitForSignedInReader(page);
    await expect(english(page, "In the end, the part about the river")).toBeVisible();
    await expect.poll(() => paintedRanges(page, "yellow")).toBe(1);
    const painted = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("note-yellow")!].map((r) => r.toString()),
    );
    expect(painted).toEqual(["the river"]);
    const { annotations } = await (await page.request.get(`/api/annotations?document=${slug}&limit=500`)).json();
    expect(annotations[0]).toMatchObject({ orphan: false, targets: [{ selector: { exact: "the river", start: 27, end: 36 } }] });

    // Export the study sheet.
    const exported = await page.request.get(`/api/documents/${slug}/export.md`);
    expect(exported.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
    const markdown = await exported.text();
    expect(markdown).toContain("# Letter to Ms. Rivera");
    expect(markdown).toContain("In the end, the part about the river was our favourite.\n\n> 關於河流的部分是我們最喜歡的。");
    expect(markdown).toContain("- “the river” — Lin\n  Which river? 哪條河?");
    await expect(page.getByRole("link", { name: "Study sheet" })).toBeVisible();

    // When its words are edited away, the note is an orphan: kept, listed, and deletable by its author.
    await page.goto(`/documents/${slug}/edit`);
    await page.getByLabel("Sentence 2 English", { exact: true }).fill("We liked the ending best.");
    await page.getByRole("button", { name: "Save Sentence 2 English" }).click();
    await expect(page.getByRole("status").filter({ hasText: "1 lost its words" })).toBeVisible();
    await page.goto(`/read/${slug}`);
    const orphans = page.getByRole("region", { name: /Orphans/ });
    await expect(orphans).toContainText("“the river”");
    expect((await (await page.request.get(`/api/annotations/${annotations[0].id}`)).json()).orphan).toBe(true);
    // Its author re-attaches it to new words.
    await selectWords(page, english(page, "We liked the ending best."), "the ending");
    await orphans.getByRole("button", { name: "Re-attach to selected words" }).click();
    await expect(orphans).toBeHidden();
    await expect.poll(() => paintedRanges(page, "yellow")).toBe(1);
    expect((await (await page.request.get(`/api/annotations/${annotations[0].id}`)).json()).orphan).toBe(false);
  });

  test("the import API refuses bad input with a message, and private imports are 404 to others", async ({ page, browser }) => {
    expect((await page.request.post("/api/documents", { data: { title: "x", en: "Hi.", zh: "你好。" } })).status()).toBe(401);
    await signUpAndSignIn(page);
    const empty = await page.request.post("/api/documents", { data: { title: "x", en: " ", zh: "你好。" } });
    expect(empty.status()).toBe(400);
    expect((await empty.json()).error).toMatch(/English text is empty/);
    const huge = await page.request.post("/api/documents", { data: { title: "x", en: "a".repeat(200_001), zh: "你好。" } });
    expect(huge.status()).toBe(413);
    expect(
      (await page.request.post("/api/documents", { data: "not json", headers: { "content-type": "application/json" } })).status(),
    ).toBe(400);

    const created = await page.request.post("/api/documents", {
      data: { title: "私人 letter", en: "Hello there. Bye.", zh: "你好。再見。" },
    });
    expect(created.status()).toBe(201);
    const { slug } = await created.json();
    const alignment = await (await page.request.get(`/api/documents/${slug}/alignment`)).json();
    expect(alignment.rows.map((r: { zh: string }) => r.zh)).toEqual(["你好。", "再見。"]);
    expect((await page.request.put(`/api/documents/${slug}/alignment`, { data: { rows: alignment.rows, publish: true } })).status()).toBe(
      200,
    );
    expect((await page.request.get(`/api/documents/${slug}`)).status()).toBe(200);
    // Its first sentence is sentence 1 in the reader and in the editor alike (its stored index is 0).
    await page.goto(`/read/${slug}`);
    await expect(page.locator("[data-pair] .number")).toHaveText(["1", "2"]);
    await page.goto(`/documents/${slug}/edit`);
    await expect(page.locator(".text-edit-row .row-number")).toHaveText(["1", "2"]);

    const other = await browser.newPage();
    await signUpAndSignIn(other);
    expect((await other.request.get(`/api/documents/${slug}`)).status()).toBe(404);
    expect((await other.request.get(`/api/documents/${slug}/export.md`)).status()).toBe(404);
    expect((await other.request.get(`/api/documents/${slug}/alignment`)).status()).toBe(404);
    expect((await other.request.patch(`/api/segments/${alignment.rows[0].segmentId}`, { data: { text: "Hacked." } })).status()).toBe(404);
    expect((await other.goto(`/read/${slug}`))?.status()).toBe(404);
    expect((await other.goto(`/documents/${slug}`))?.status()).toBe(404);
    await other.close();
  });

  test("a .md file is read in the browser, without its Markdown marks", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto("/import");
    await page
      .getByLabel("English text")
      .locator("..")
      .getByText("upload a .txt or .md file")
      .locator("input")
      .setInputFiles({
        name: "letter.md",
        mimeType: "text/markdown",
        buffer: Buffer.from("# Dear Board,\n\nWe **really** mean it.\n", "utf-8"),
      });
    await expect(page.getByLabel("English text")).toHaveValue("Dear Board,\n\nWe really mean it.\n");
    await page
      .getByLabel("Chinese text 中文譯文")
      .locator("..")
      .getByText("upload a .txt or .md file")
      .locator("input")
      .setInputFiles({
        name: "letter.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF"),
      });
    await expect(page.getByText("letter.pdf is not a .txt or .md file.")).toBeVisible();
  });
});
