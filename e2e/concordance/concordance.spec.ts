/**
 * The concordance and compare by rendering: select a word in the reader → "Everywhere in this
 * text" → every sentence holding it with each version's rendering marked and the tallies; the
 * same page without JavaScript and in Simplified; the compare view shows what each version made
 * of each word side by side, and leads to the concordance.
 */
import { expect, test } from "@playwright/test";
import { CLOSE, FLUENT, LETTER_PATH, segmentId } from "../support/letter";
import { englishSentence, selectWords } from "../support/reader";

test.describe("concordance", () => {
  // The first lookup aligns the letter in the server's text worker (loading the dictionary once).
  test.setTimeout(120_000);

  test("select a word → Everywhere in this text → hits and tallies; the compare view shows renderings side by side", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await selectWords(page, englishSentence(page, "s06"), "board");
    const everywhere = page.getByRole("toolbar", { name: "Selected text" }).getByRole("link", { name: "Everywhere in this text" });
    await everywhere.click();
    await expect(page).toHaveURL(/\/concordance\?q=board$/, { timeout: 60_000 });
    await expect(page.getByRole("heading", { name: "Everywhere in this text", level: 1 })).toBeVisible();
    await expect(page.locator(".concordance").getByRole("status")).toHaveText(/^\d+ places in this text\.$/);

    const hits = page.getByRole("list", { name: "Sentences holding it" }).getByRole("listitem");
    await expect(hits.first()).toBeVisible();
    expect(await hits.count()).toBeGreaterThanOrEqual(4); // s06, s12 and twice in s20
    const s06 = page.locator(`[data-hit-of="${segmentId("s06")}"]`);
    await expect(s06.locator("mark").first()).toHaveText("board");
    // Each version's rendering of "board" in s06 is marked, and it is Chinese for "board".
    const closeMark = s06.locator(`[data-rendering-of="${CLOSE.id}"] mark`);
    await expect(closeMark).toContainText("董事");

    // The tally line: "board → 董事會 ×n · …" per version.
    const tally = page.locator(`[data-tally-of="${CLOSE.id}"]`);
    await expect(tally).toContainText(CLOSE.name);
    await expect(tally).toContainText(/board → .*董事.* ×\d/);

    // From the compare view: its search box leads to the same page; s01 shows what each version made of each word.
    await page.goto(`${LETTER_PATH}/compare?a=${CLOSE.id}&b=${FLUENT.id}`);
    const words = page
      .locator(`[data-compare-row="${segmentId("s01")}"]`)
      .getByRole("list", { name: "What each version made of each word" });
    await expect(words).toBeVisible();
    await expect(words.getByRole("listitem").filter({ hasText: "leading" })).toContainText(/世界領先|領先/);
    await expect(words.getByRole("listitem").filter({ hasText: "leading" })).toContainText(/全球首屈一指|首屈一指/);
    // The sentence's compare panel shows the same, above its character diff.
    await page
      .locator(`[data-compare-row="${segmentId("s01")}"]`)
      .getByRole("button", { name: /Compare all translations/ })
      .click();
    const panel = page.getByRole("dialog", { name: /Compare translations/ });
    const panelWords = panel.getByRole("list", { name: "What each version made of each word" });
    await expect(panelWords.getByRole("listitem").filter({ hasText: "leading" })).toContainText("領先");
    await page.keyboard.press("Escape");
    await expect(panel).toBeHidden();
    await page.getByRole("searchbox", { name: "Find a word in every version" }).fill("Board");
    await page.getByRole("button", { name: "Everywhere in this text" }).click();
    await expect(page).toHaveURL(/\/concordance\?q=Board$/);
    await expect(page.getByRole("list", { name: "Sentences holding it" }).getByRole("listitem").first()).toBeVisible();
  });

  test("works without JavaScript, and a Simplified term finds the Traditional text and shows it in Simplified", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${LETTER_PATH}/concordance?q=${encodeURIComponent("董事会")}`);
    await expect(page.locator(".concordance").getByRole("status")).toHaveText(/places? in this text/, { timeout: 60_000 });
    const hit = page.getByRole("list", { name: "Sentences holding it" }).getByRole("listitem").first();
    await expect(hit.locator(`[data-rendering-of="${CLOSE.id}"] mark`)).toHaveText("董事会");
    // Too long a term: the page says what to do instead of failing.
    await page.goto(`${LETTER_PATH}/concordance?q=${"x".repeat(101)}`);
    await expect(page.locator(".concordance").getByRole("alert")).toHaveText("Give a word or phrase of 1 to 100 characters.");
    await context.close();
  });
});
