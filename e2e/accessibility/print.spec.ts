/** The print stylesheet: no controls, the text in two columns, each paragraph's notes after it, dark ink even for a dark-mode reader. */
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";
import { englishSentence, chineseSentence, waitForSignedInReader } from "../support/reader";
import { seedNote } from "../support/seed-notes";

test("printing the reader keeps the text and the notes, drops the controls, prints dark on white", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 900 });
  await signUpAndSignIn(page, { name: "Printer" });
  await seedNote(page);
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  await expect(page.locator(`[data-pair="${segmentId("s07")}"] .margin-count`)).toBeVisible();
  await page.emulateMedia({ media: "print", colorScheme: "dark" });

  await expect(page.getByRole("form", { name: "Reading options" })).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.locator(`[data-pair="${segmentId("s07")}"] .margin`)).toBeHidden();
  await expect(page.getByRole("list", { name: "Notes on this paragraph" }).filter({ hasText: "A seeded note." }).first()).toBeVisible();

  const en = (await englishSentence(page, "s07").boundingBox())!;
  const zh = (await chineseSentence(page, "s07").boundingBox())!;
  expect(zh.x).toBeGreaterThan(en.x + en.width - 1);
  const ink = await page.evaluate(() => [
    getComputedStyle(document.body).color,
    getComputedStyle(document.querySelector(".reader-meta")!).color,
  ]);
  expect(ink[0]).toBe("rgb(0, 0, 0)");
  expect(ink[1]).toBe("rgb(68, 68, 68)");
});
