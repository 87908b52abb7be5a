// Every main page in the three interface languages, light and dark, desktop and phone:
// `npm run screenshots`, then look at /tmp/shots/pages-*.png.
import { test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH } from "../support/letter";
import { englishSentence, selectWords } from "../support/reader";
import { seedClass, seedNote } from "../support/seed-notes";

for (const locale of ["en", "zh-Hant", "zh-Hans"] as const) {
  for (const colorScheme of ["light", "dark"] as const) {
    for (const width of [1280, 390]) {
      test(`pages ${locale} ${colorScheme} ${width}`, async ({ page, context }) => {
        test.setTimeout(120_000);
        await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
        const shot = (name: string) => page.screenshot({ path: `/tmp/shots/pages-${locale}-${colorScheme}-${width}-${name}.png` });
        await page.goto("/signin");
        await shot("signin");
        await signUpAndSignIn(page, { name: locale === "en" ? "Shots" : "小明" });
        await seedNote(page);
        const klass = await seedClass(page);
        await page.goto("/");
        await shot("home");
        await page.goto(LETTER_PATH);
        await page.locator(".margin-add").first().waitFor({ state: "attached" });
        await shot("reader");
        // The seeded note's highlight, then the selection toolbar over other words.
        await englishSentence(page, "s07").scrollIntoViewIfNeeded();
        await shot("reader-highlight");
        await selectWords(page, englishSentence(page, "s05"), "company");
        await page.getByRole("toolbar").waitFor();
        await shot("reader-toolbar");
        await page.mouse.click(2, 2);
        if (width === 390) {
          await page.locator(".reader-options-summary").click();
          await shot("reader-options");
          await page.locator(".reader-options-summary").click();
        }
        await page.goto(`${LETTER_PATH}/compare`);
        await shot("compare");
        await page.goto("/classes");
        await shot("classes");
        await page.goto(`/classes/${klass.id}`);
        await shot("class");
        await page.goto("/import");
        await shot("import");
        await page.goto("/account");
        await shot("account");
      });
    }
  }
}
