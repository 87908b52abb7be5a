// Screenshots of the interface in 繁體 and 简体, desktop and 390 px: `npm run screenshots`, then look at /tmp/shots.
import { test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { englishSentence, selectWords } from "../support/reader";

for (const locale of ["zh-Hant", "zh-Hans"] as const) {
  test(`screenshots in ${locale}`, async ({ page, context }) => {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: test.info().project.use.baseURL! }]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      await page.screenshot({ path: `/tmp/shots/${locale}-home-${width}.png` });
      await page.goto("/signup");
      await page.screenshot({ path: `/tmp/shots/${locale}-signup-${width}.png` });
      await page.goto("/documents/openai-letter-2023");
      await page.screenshot({ path: `/tmp/shots/${locale}-reader-${width}.png` });
    }
    await signUpAndSignIn(page, { name: "小明" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/documents/openai-letter-2023");
    await page.locator(".margin-add").first().waitFor({ state: "attached" });
    await page.locator(".margin-compare").first().click();
    await page.locator(".compare-panel .renderings").waitFor();
    await page.screenshot({ path: `/tmp/shots/${locale}-compare-1280.png` });
    await page.keyboard.press("Escape");
    await selectWords(page, englishSentence(page, "s03"), "governance");
    await page.screenshot({ path: `/tmp/shots/${locale}-toolbar-1280.png` });
    await page.getByRole("toolbar").locator(".toolbar-button").first().click();
    await page.locator(".note-composer").waitFor();
    await page.screenshot({ path: `/tmp/shots/${locale}-composer-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `/tmp/shots/${locale}-composer-390.png` });
  });
}
