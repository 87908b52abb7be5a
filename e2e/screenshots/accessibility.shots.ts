// Screenshots for looking at the reader by eye at phone and desktop widths, light and dark, with
// the notes sheet, the compare panel and the shortcuts dialog: `npm run screenshots`.
import { test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";
import { englishSentence, waitForSignedInReader } from "../support/reader";
import { seedNote } from "../support/seed-notes";

for (const colorScheme of ["light", "dark"] as const) {
  for (const width of [390, 1280]) {
    test(`reader ${width} ${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await signUpAndSignIn(page, { name: "Shots" });
      await seedNote(page);
      await page.goto(LETTER_PATH);
      await waitForSignedInReader(page);
      const name = `/tmp/shots/a11y-${width}-${colorScheme}`;
      await page.screenshot({ path: `${name}-reader.png` });
      await englishSentence(page, "s07").focus();
      await page.keyboard.press("w");
      for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
      await page.keyboard.press("Shift+ArrowRight");
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${name}-words.png` });
      await page.keyboard.press("Escape");
      await page.locator(`[data-pair="${segmentId("s07")}"] .margin-count`).click();
      await page.getByRole("complementary", { name: "Notes" }).waitFor();
      await page.screenshot({ path: `${name}-notes.png` });
      await page.keyboard.press("Escape");
      await englishSentence(page, "s07").focus();
      await page.keyboard.press("c");
      await page.getByText("All renderings").waitFor();
      await page.screenshot({ path: `${name}-compare.png` });
      await page.keyboard.press("Escape");
      await page.keyboard.press("?");
      await page.getByRole("dialog", { name: "Keyboard shortcuts" }).waitFor();
      await page.screenshot({ path: `${name}-help.png` });
      await page.keyboard.press("Escape");
      await page.goto(`${LETTER_PATH}/compare`);
      await page.screenshot({ path: `${name}-compare-view.png` });
    });
  }
}

test("print", async ({ page }) => {
  await signUpAndSignIn(page, { name: "Shots" });
  await seedNote(page);
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  await page.emulateMedia({ media: "print", colorScheme: "dark" });
  await page.screenshot({ path: "/tmp/shots/a11y-print-dark-scheme.png", fullPage: true });
});
