/**
 * The reader's layout holds still and keeps out of the way (issue 17.1, 17.3, 17.4, 17.7):
 * on a phone the reading options are one bar of at most 56 px whose menu says what layout is in
 * effect (with JavaScript off too), and the notes sheet leaves the annotated sentence in view; rows
 * keep their height when the session arrives and the margin's buttons keep one order; a stacked pair
 * sits together; the selection toolbar covers neither the sentence nor its counterpart; a signed-in
 * reader's header links are there before the session answers; the home page lists a reader's own texts.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";
import { chineseSentence, englishSentence, selectWords, waitForSignedInReader } from "../support/reader";
import { seedNote } from "../support/seed-notes";

const phone = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (locator: Locator) => (await locator.boundingBox())!;

/** Every row's height, in order. */
const rowHeights = (page: Page) =>
  page.locator("[data-pair]").evaluateAll((rows) => rows.map((row) => Math.round(row.getBoundingClientRect().height * 10) / 10));

test.describe("on a phone", () => {
  test.use(phone);

  test("the reading options are one bar of at most 56 px, and its menu says side by side is stacked here", async ({ page }) => {
    await page.goto(LETTER_PATH);
    const bar = page.getByRole("form", { name: "Reading options" });
    expect((await box(bar)).height).toBeLessThanOrEqual(56);
    const summary = bar.locator("summary");
    // Side by side is the default; on 390 px it reads as stacked, and the summary says what is in effect.
    await expect(summary).toContainText("Stacked");
    await expect(page.getByRole("radio", { name: "Side by side" })).toBeHidden();
    await summary.tap();
    await expect(page.getByRole("radio", { name: "Side by side" })).toBeChecked();
    await expect(bar.getByText("side by side shows as stacked")).toBeVisible();
    await bar.locator("label", { hasText: "English" }).tap();
    await expect(summary).toContainText("English");
    await expect(chineseSentence(page, "s03")).toBeHidden();
    // Still one bar, after scrolling down the text.
    await page.keyboard.press("Escape");
    await page.mouse.wheel(0, 1500);
    expect((await box(bar)).height).toBeLessThanOrEqual(56);
  });

  test("with JavaScript off the menu opens and its choices apply", async ({ browser }) => {
    const context = await browser.newContext({ ...phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(LETTER_PATH);
    const bar = page.getByRole("form", { name: "Reading options" });
    expect((await box(bar)).height).toBeLessThanOrEqual(56);
    await bar.locator("summary").click();
    await bar.locator("label", { hasText: "中文" }).click();
    await expect(bar.locator("summary")).toContainText("中文");
    await expect(englishSentence(page, "s03")).toBeHidden();
    await context.close();
  });

  test("the notes sheet leaves the sentence being annotated in view above it", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    for (const key of ["s16", "s02"]) {
      const sentence = englishSentence(page, key);
      // Write a note with the sentence's "+": the sheet opens with the composer.
      await page
        .locator(`[data-pair="${segmentId(key)}"]`)
        .getByRole("button", { name: "Write a note on this sentence" })
        .tap();
      const sheet = page.getByRole("complementary", { name: "Notes" });
      await expect(sheet).toBeVisible();
      const sheetTop = (await box(sheet)).y;
      const barBottom = await page.getByRole("form", { name: "Reading options" }).evaluate((el) => el.getBoundingClientRect().bottom);
      const rect = await box(sentence);
      expect(rect.y, `${key} starts below the reading options`).toBeGreaterThanOrEqual(barBottom - 1);
      expect(rect.y + rect.height, `${key} ends above the sheet`).toBeLessThanOrEqual(sheetTop + 1);
      await sheet.getByRole("button", { name: "Close notes" }).tap();
      await expect(sheet).toBeHidden();
    }
  });

  test("a Chinese line sits nearer its English than the next sentence", async ({ page }) => {
    await page.goto(LETTER_PATH);
    const en = await box(englishSentence(page, "s03"));
    const zh = await box(chineseSentence(page, "s03"));
    const next = await box(englishSentence(page, "s04"));
    const within = zh.y - (en.y + en.height);
    const between = next.y - (zh.y + zh.height);
    expect(within).toBeLessThan(between);
  });
});

test("rows keep their height when the session arrives, and the margin keeps one order", async ({ page, browser }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUpAndSignIn(page);
  await seedNote(page);
  // A visitor's rows, once the page's scripts have run (the ⇄ buttons are there).
  const visitor = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await visitor.goto(LETTER_PATH);
  await visitor.locator(".margin-compare").first().waitFor();
  const before = await rowHeights(visitor);
  // The same rows for a signed-in reader, once the session has answered ("+" in every margin).
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  expect(await rowHeights(page)).toEqual(before);
  // ⇄, then the note count, then + : the same places in every row.
  const pair = page.locator(`[data-pair="${segmentId("s07")}"]`);
  const compare = await box(pair.locator(".margin-compare"));
  const count = await box(pair.locator(".margin-count"));
  const add = await box(pair.locator(".margin-add"));
  expect(compare.x).toBeLessThan(count.x);
  expect(count.x).toBeLessThan(add.x);
  const other = await box(page.locator(`[data-pair="${segmentId("s03")}"] .margin-add`));
  expect(other.x).toBe(add.x);

  // Stacked: each pair groups, and the margin still does not stretch the rows when the session comes.
  await page.getByRole("radio", { name: "Stacked" }).check();
  const en = await box(englishSentence(page, "s03"));
  const zh = await box(chineseSentence(page, "s03"));
  const next = await box(englishSentence(page, "s04"));
  expect(zh.y - (en.y + en.height)).toBeLessThan(next.y - (zh.y + zh.height));
  await visitor.close();
});

test("the selection toolbar covers neither the sentence nor its counterpart", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signUpAndSignIn(page);
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  const toolbar = page.getByRole("toolbar", { name: "Selected text" });
  for (const layout of ["Side by side", "Stacked"]) {
    await page.getByRole("radio", { name: layout }).check();
    for (const sentence of [englishSentence(page, "s07"), chineseSentence(page, "s07")]) {
      const words = (await sentence.textContent())!.includes("conduct") ? "conduct" : "監督";
      await selectWords(page, sentence, words);
      await expect(toolbar).toBeVisible();
      const bar = await box(toolbar);
      expect(overlaps(bar, await box(englishSentence(page, "s07"))), `${layout}: over the English`).toBe(false);
      expect(overlaps(bar, await box(chineseSentence(page, "s07"))), `${layout}: over the Chinese`).toBe(false);
      await page.mouse.click(5, 5);
      await expect(toolbar).toBeHidden();
    }
  }
});

test("a signed-in reader's header links are there before the session answers", async ({ page }) => {
  const account = await signUpAndSignIn(page, { name: "Header Hana" });
  await page.goto("/");
  await expect(page.getByRole("banner").getByRole("link", { name: account.name })).toBeVisible();
  // The next page: the session request is held, so only the first paint's header can show.
  await page.route("**/api/auth/session", () => {});
  await page.goto(LETTER_PATH);
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "Classes" })).toBeVisible();
  await expect(banner.getByRole("link", { name: account.name })).toBeVisible();
  await expect(banner.getByRole("link", { name: "Sign in" })).toBeHidden();
});

test("the home page lists a signed-in reader's own texts, drafts included (issue 17.5)", async ({ page, browser }) => {
  await signUpAndSignIn(page);
  const title = `My draft ${Date.now().toString(36)}`;
  const imported = await page.request.post("/api/documents", {
    data: { title, en: "The first sentence is here. The second one follows.", zh: "第一句在這裡。第二句隨後。", visibility: "private" },
  });
  expect(imported.status()).toBe(201);
  await page.goto("/");
  await expect(page.getByRole("region", { name: "My texts" }).getByRole("link", { name: title })).toBeVisible();
  // Nobody else sees it, or the list.
  const visitor = await browser.newPage();
  await visitor.goto("/");
  await expect(visitor.getByRole("region", { name: "My texts" })).toHaveCount(0);
  await expect(visitor.getByText(title)).toHaveCount(0);
  await visitor.close();
});
