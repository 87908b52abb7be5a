/**
 * A phone, 390 px wide, with a touch screen: nothing scrolls sideways on any main page, the
 * letter stacks, notes open in a bottom sheet, and a person signs up, selects words by touch,
 * highlights, writes a note, compares and votes, and makes a share link, tapping only.
 */
import { expect, test, type Page } from "@playwright/test";
import { newTestAccount, signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";
import { chineseSentence, englishSentence, paintedRanges, waitForSignedInReader } from "../support/reader";
import { seedClass, seedNote, seedShare } from "../support/seed-notes";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const sideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);

/** Asserts nothing scrolls sideways; on failure, names the elements that stick out. */
async function expectNoSidewaysScroll(page: Page, what: string) {
  const overflow = await sideways(page);
  const culprits =
    overflow > 0
      ? await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>("body *")]
            .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
            .slice(0, 8)
            .map(
              (el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")} right=${Math.round(el.getBoundingClientRect().right)}`,
            ),
        )
      : [];
  expect(overflow, `${what} scrolls sideways: ${culprits.join(", ")}`).toBeLessThanOrEqual(0);
}

/** What a long press and the selection handles do: a selection over `words`, then the finger lifts. */
async function touchSelect(page: Page, sentence: ReturnType<typeof englishSentence>, words: string) {
  await sentence.scrollIntoViewIfNeeded();
  // The finger goes down on the words themselves.
  const at = await sentence.evaluate((element, w) => {
    const text = element.firstChild!;
    const range = document.createRange();
    range.setStart(text, text.textContent!.indexOf(w));
    range.setEnd(text, text.textContent!.indexOf(w) + w.length);
    const r = range.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, words);
  await page.touchscreen.tap(at.x, at.y);
  await sentence.evaluate((element, w) => {
    const text = element.firstChild!;
    const at = text.textContent!.indexOf(w);
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + w.length);
    window.getSelection()!.removeAllRanges();
    window.getSelection()!.addRange(range);
  }, words);
}

test("at 390 px no main page scrolls sideways", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const signedOut = ["/", LETTER_PATH, `${LETTER_PATH}/compare`, "/signin", "/signup", "/no-such-page"];
  for (const path of signedOut) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  await signUpAndSignIn(page);
  const note = await seedNote(page);
  const klass = await seedClass(page);
  const share = await seedShare(page, [note.id]);
  for (const path of ["/account", "/classes", `/classes/${klass.id}`, "/import", LETTER_PATH, `${LETTER_PATH}/compare`]) {
    await page.goto(path);
    await expectNoSidewaysScroll(page, path);
  }
  // With the notes sheet and the compare panel open.
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  await page
    .locator(`[data-pair="${segmentId("s07")}"]`)
    .getByRole("button", { name: /^\d+ notes? on this sentence$/ })
    .tap();
  await expect(page.getByRole("complementary", { name: "Notes" })).toBeVisible();
  await expectNoSidewaysScroll(page, "notes sheet");

  const visitor = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage();
  await visitor.goto(new URL(share.url).pathname);
  await expect(visitor.getByText("A seeded note.").first()).toBeAttached();
  await expectNoSidewaysScroll(visitor, "share link");
});

test("phone and touch: sign up, select words, highlight, note, compare and vote, share", async ({ page }) => {
  test.setTimeout(90_000);
  const account = newTestAccount({ name: "Phone Pat" });
  const noteText = `Written on a phone ${Date.now().toString(36)}`;

  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Name" }).fill(account.name);
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).tap();
  await expect(page.getByRole("banner").getByRole("link", { name: account.name })).toBeVisible();

  await page
    .getByRole("main")
    .getByRole("link", { name: /OpenAI/ })
    .first()
    .tap();
  await expect(page).toHaveURL(new RegExp(`${LETTER_PATH}$`));
  await waitForSignedInReader(page);

  // Stacked: the Chinese sentence sits under its English one, both in the screen's width.
  const en = (await englishSentence(page, "s03").boundingBox())!;
  const zh = (await chineseSentence(page, "s03").boundingBox())!;
  expect(zh.y).toBeGreaterThanOrEqual(en.y + en.height - 1);
  expect(en.x + en.width).toBeLessThanOrEqual(390);
  expect(zh.x + zh.width).toBeLessThanOrEqual(390);

  // Select words by touch; the toolbar appears; highlight them.
  const toolbar = page.getByRole("toolbar", { name: "Selected text" });
  await touchSelect(page, englishSentence(page, "s07"), "conduct");
  await expect(toolbar).toBeVisible();
  const bar = (await toolbar.boundingBox())!;
  expect(bar.x).toBeGreaterThanOrEqual(0);
  expect(bar.x + bar.width).toBeLessThanOrEqual(390);
  await toolbar.getByRole("button", { name: "Highlight in green" }).tap();
  await expect.poll(() => paintedRanges(page, "green")).toBeGreaterThan(0);

  // Select Chinese words and write a note; it opens in a bottom sheet.
  await touchSelect(page, chineseSentence(page, "s07"), "監督");
  await toolbar.getByRole("button", { name: "Note" }).tap();
  const sheet = page.getByRole("complementary", { name: "Notes" });
  await expect(sheet).toBeVisible();
  const sheetBox = (await sheet.boundingBox())!;
  expect(sheetBox.width).toBeLessThanOrEqual(390);
  expect(sheetBox.y + sheetBox.height).toBeGreaterThanOrEqual(844 - 1);
  await sheet.getByRole("textbox", { name: "Note" }).tap();
  await page.keyboard.type(noteText);
  await sheet.getByRole("button", { name: "Save", exact: true }).tap();
  await expect(sheet.getByRole("article", { name: `Note by ${account.name}` }).filter({ hasText: noteText })).toContainText("監督");
  await sheet.getByRole("button", { name: "Close notes" }).tap();
  await expect(sheet).toBeHidden();

  // Compare and vote.
  await page
    .locator(`[data-pair="${segmentId("s07")}"]`)
    .getByRole("button", { name: "Compare translations of sentence 7" })
    .tap();
  const compare = page.getByRole("dialog", { name: /Compare translations/ });
  await expect(compare).toBeVisible();
  await expectNoSidewaysScroll(page, "compare panel");
  const voteFor = compare.getByRole("button", { name: /^Vote for / }).first();
  await voteFor.tap();
  await expect(voteFor).toHaveAttribute("aria-pressed", "true");
  await compare.getByRole("button", { name: "Close the compare panel" }).tap();
  await expect(compare).toBeHidden();

  // Share what is on screen.
  await page.getByRole("button", { name: /^Notes/ }).tap();
  await expect(sheet).toBeVisible();
  await sheet.getByText("Share this view").tap();
  await sheet.getByRole("checkbox", { name: /^Include my private notes/ }).tap();
  await sheet.getByRole("button", { name: "Create link" }).tap();
  await expect(sheet.getByRole("textbox", { name: "Share link" })).toHaveValue(/\/s\/[\w-]+$/);
});
