import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { CLOSE, FLUENT, HUXIU, LETTER_PATH, segmentId } from "../support/letter";

const english = (page: Page, key: string) => page.locator(`.sentence[lang="en"][data-segment-id="${segmentId(key)}"]`);
const chinese = (page: Page, key: string) => page.locator(`.sentence[lang="zh-Hant"][data-segment-id="${segmentId(key)}"]:visible`);
const filesNamed = async (dir: string, part: string) => (await readdir(dir, { recursive: true })).filter((file) => file.includes(part));
const chooseLayout = (page: Page, name: string) =>
  page.getByRole("group", { name: "Layout" }).getByRole("radio", { name, exact: true }).check();
const chooseVersion = (page: Page, name: string) =>
  page.getByRole("group", { name: "Chinese version" }).getByRole("radio", { name }).check();

test.describe("the bilingual reader", () => {
  for (const width of [1024, 1440]) {
    test(`the notes panel sits beside the page at ${width} px, never over the header's links`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(LETTER_PATH);
      await page.getByRole("button", { name: /^Notes/ }).click();
      const panel = page.getByRole("complementary", { name: "Notes" });
      await expect(panel).toBeVisible();
      const panelLeft = (await panel.boundingBox())!.x;
      for (const link of await page.getByRole("navigation", { name: "Account" }).getByRole("link").all()) {
        const box = (await link.boundingBox())!;
        expect(box.x + box.width, `${await link.textContent()} ends left of the panel`).toBeLessThanOrEqual(panelLeft);
      }
    });
  }

  test("shows the whole letter, every sentence tagged with its segment id and language", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("OpenAI");
    const sentences = page.locator(".sentence");
    const count = await sentences.count();
    expect(count).toBeGreaterThan(42);
    for (const sentence of await sentences.all()) {
      await expect(sentence).toHaveAttribute("data-segment-id", /.+/);
      // Simplified twins (the script switch) carry zh-Hans and the same segment and version ids.
      await expect(sentence).toHaveAttribute("lang", /^(en|zh-Hant|zh-Hans)$/);
    }
    await expect(page.locator('.sentence[lang="en"]')).toHaveCount(21);
    await expect(page.locator('.sentence[lang="zh-Hant"]:visible')).toHaveCount(21);
    await expect(english(page, "s12")).toContainText("the one that would best serve");
    await expect(chinese(page, "s12")).toHaveText(CLOSE.texts.s12!);
  });

  test("hovering or focusing a sentence marks it and its counterpart", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await english(page, "s05").hover();
    await expect(english(page, "s05")).toHaveAttribute("data-active", "true");
    await expect(chinese(page, "s05")).toHaveAttribute("data-active", "true");
    await expect(page.locator('[data-active="true"]:visible')).toHaveCount(2);

    await chinese(page, "s10").hover();
    await expect(english(page, "s10")).toHaveAttribute("data-active", "true");
    await expect(english(page, "s05")).not.toHaveAttribute("data-active", "true");

    // Keyboard: Tab reaches the letter; arrows move down and across.
    await page.mouse.move(0, 0);
    await english(page, "s00").focus();
    await expect(chinese(page, "s00")).toHaveAttribute("data-active", "true");
    await page.keyboard.press("ArrowDown");
    await expect(english(page, "s01")).toBeFocused();
    await expect(chinese(page, "s01")).toHaveAttribute("data-active", "true");
    await page.keyboard.press("ArrowRight");
    await expect(chinese(page, "s01")).toBeFocused();
    await expect(english(page, "s01")).toHaveAttribute("data-active", "true");
  });

  test("offers side-by-side, stacked, English-only and Chinese-only layouts", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(LETTER_PATH);
    const boxes = async () => ({ en: (await english(page, "s03").boundingBox())!, zh: (await chinese(page, "s03").boundingBox())! });

    let { en, zh } = await boxes();
    expect(zh.x).toBeGreaterThan(en.x + en.width - 1); // side by side
    expect(Math.abs(zh.y - en.y)).toBeLessThan(20);

    await chooseLayout(page, "Stacked");
    ({ en, zh } = await boxes());
    expect(zh.y).toBeGreaterThanOrEqual(en.y + en.height - 1); // translation under its sentence
    expect(Math.abs(zh.x - en.x)).toBeLessThan(5);

    await chooseLayout(page, "English");
    await expect(english(page, "s03")).toBeVisible();
    await expect(page.locator('.sentence[lang="zh-Hant"]:visible')).toHaveCount(0);

    await chooseLayout(page, "中文");
    await expect(chinese(page, "s03")).toBeVisible();
    await expect(page.locator('.sentence[lang="en"]:visible')).toHaveCount(0);
  });

  test("the version picker chooses which Chinese translation is shown", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await chooseVersion(page, FLUENT.name);
    await expect(chinese(page, "s01")).toHaveText(FLUENT.texts.s01!);
    await expect(page.locator('.sentence[lang="zh-Hant"]:visible')).toHaveCount(21);

    await chooseVersion(page, HUXIU.name);
    await expect(chinese(page, "s06")).toHaveText(HUXIU.texts.s06!);
    await expect(page.locator('.sentence[lang="zh-Hant"]:visible')).toHaveCount(2);
    await expect(page.locator(`.pair[data-pair="${segmentId("s01")}"] .missing:visible`)).toContainText("not in this version");
  });

  test("remembers the chosen layout and version, and a link carries them", async ({ page, context }) => {
    await page.goto(LETTER_PATH);
    await chooseLayout(page, "Stacked");
    await chooseVersion(page, FLUENT.name);
    await expect(page).toHaveURL(/layout=stacked/);
    await expect(page).toHaveURL(new RegExp(`version=${FLUENT.id}`));

    await page.reload();
    await expect(page.getByRole("radio", { name: "Stacked" })).toBeChecked();
    await expect(chinese(page, "s02")).toHaveText(FLUENT.texts.s02!);

    const other = await context.browser()!.newPage();
    await other.goto(`${LETTER_PATH}?layout=zh&version=${CLOSE.id}`);
    await expect(english(other, "s02")).toBeHidden();
    await expect(chinese(other, "s02")).toHaveText(CLOSE.texts.s02!);
    await other.close();
  });

  test("stacks below 768 px, with nothing scrolling sideways on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(LETTER_PATH);
    // The options fold into a menu on a phone; its summary names the layout in effect.
    const options = page.getByRole("form", { name: "Reading options" }).locator("summary");
    await expect(options).toContainText("Stacked");
    await options.click();
    await expect(page.getByRole("radio", { name: "Side by side" })).toBeChecked();
    // Measure once the fonts are in: a CJK fallback still loading shifts lines by a pixel or two.
    await page.evaluate(() => document.fonts.ready);
    const en = (await english(page, "s12").boundingBox())!;
    const zh = (await chinese(page, "s12").boundingBox())!;
    expect(zh.y).toBeGreaterThanOrEqual(en.y + en.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the letter is readable and the layout and version switches still work", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await expect(english(page, "s01")).toHaveText("OpenAI is the world’s leading AI company.");
    await expect(chinese(page, "s01")).toHaveText(CLOSE.texts.s01!);
    await chooseVersion(page, FLUENT.name);
    await expect(chinese(page, "s01")).toHaveText(FLUENT.texts.s01!);
    await chooseLayout(page, "English");
    await expect(page.locator('.sentence[lang="zh-Hant"]:visible')).toHaveCount(0);
  });
});

test.describe("finding a text", () => {
  test("the home page lists the letter and opens it", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /Letter from OpenAI employees/ }).click();
    await expect(page).toHaveURL(LETTER_PATH);
    await expect(english(page, "s01")).toBeVisible();
  });

  test("a bad address says so, with a way back, and leaves nothing on the server's disk", async ({ page }) => {
    const slug = `no-such-letter-${Date.now().toString(36)}`;
    const response = await page.goto(`/documents/${slug}`);
    expect(response!.status()).toBe(404);
    // Made-up addresses must not fill the disk: the page cache keeps them in memory only.
    expect(await filesNamed(path.join(process.cwd(), ".next"), slug)).toEqual([]);
    await expect(page.getByRole("heading", { name: "No such text" })).toBeVisible();
    await page.getByRole("link", { name: "See all texts" }).click();
    await expect(page).toHaveURL("/");
  });
});
