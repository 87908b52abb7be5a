import { expect, test, type Page } from "@playwright/test";
import { LETTER_PATH, segmentId } from "../support/letter";
import { wordCentre } from "../support/reader";

/** Moves the pointer onto the `nth` occurrence of `word` in a sentence element, as a reader's mouse would. */
async function hoverWord(page: Page, sentence: string, word: string) {
  const box = await wordCentre(page, sentence, word);
  await page.mouse.move(box.x, box.y);
}

/** The texts the word-link highlight covers now, in document order. */
const lit = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get("word-link") as Set<Range> | undefined) ?? [])].map((r) => r.toString()).sort());

const english = (key: string) => `.sentence[lang="en"][data-segment-id="${segmentId(key)}"]`;
const chinese = (key: string) => `.sentence[data-segment-id="${segmentId(key)}"][data-version-id]:visible`;

test.describe("word links in the reader", () => {
  // The first request aligns the letter in the server's text worker (loading the dictionary once).
  test.setTimeout(120_000);

  test("hovering an English word lights its Chinese counterpart, and the other way round, in both scripts", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await page.locator(english("s07")).scrollIntoViewIfNeeded();
    await hoverWord(page, english("s07"), "conduct");
    await expect.poll(() => lit(page), { timeout: 60_000 }).toEqual(["conduct", "行為"]);

    await hoverWord(page, chinese("s07"), "監督");
    await expect.poll(() => lit(page)).toEqual(["oversee", "監督"]);

    await page.mouse.move(0, 0);
    await expect.poll(() => lit(page)).toEqual([]);

    // Simplified: the same code points, so the same links light the Simplified text.
    await page.goto(`${LETTER_PATH}?script=hans`);
    await page.locator(english("s08")).scrollIntoViewIfNeeded();
    await hoverWord(page, chinese("s08"), "决定");
    await expect.poll(() => lit(page), { timeout: 30_000 }).toEqual(["decision", "决定"]);
  });
});
