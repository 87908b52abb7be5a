/**
 * Interface languages: chosen from Accept-Language on a first visit, then by the header's switcher
 * (a cookie, kept across navigation, reloads and signing in); the URLs stay the same in every language.
 */
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH } from "../support/letter";

test.describe("first visit", () => {
  test.describe("zh-TW", () => {
    test.use({ locale: "zh-TW", extraHTTPHeaders: { "Accept-Language": "zh-TW,zh;q=0.9,en;q=0.8" } });
    test("gets Traditional Chinese", async ({ page }) => {
      await page.goto(LETTER_PATH);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
      await expect(page.getByRole("group", { name: "版面" })).toBeVisible();
      await expect(page.getByRole("link", { name: "登入" })).toBeVisible();
      await expect(page.getByRole("combobox", { name: "介面語言" })).toHaveValue("zh-Hant");
      expect(new URL(page.url()).pathname).toBe(LETTER_PATH);
    });
  });

  test.describe("zh-HK", () => {
    test.use({ locale: "zh-HK", extraHTTPHeaders: { "Accept-Language": "zh-HK" } });
    test("gets Traditional Chinese", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("文本");
    });
  });

  test.describe("zh-CN", () => {
    test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });
    test("gets Simplified Chinese", async ({ page }) => {
      await page.goto(LETTER_PATH);
      await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
      await expect(page.getByRole("group", { name: "阅读选项" }).or(page.getByRole("form", { name: "阅读选项" }))).toBeVisible();
      await expect(page.getByRole("link", { name: "登录" })).toBeVisible();
      await expect(page).toHaveTitle(/Interleaf/);
    });

    test("opens the letter in Simplified until the reader picks Traditional, which is remembered", async ({ page }) => {
      await page.goto(LETTER_PATH);
      const script = page.getByRole("group", { name: "繁/简" });
      await expect(script.getByRole("radio", { name: "简体", exact: true })).toBeChecked();
      const firstChinese = page.locator('.translation > .sentence[data-script="hans"]').first();
      await expect(firstChinese).toBeVisible();
      await expect(firstChinese).toContainText("董事会");
      await script.getByRole("radio", { name: "繁體", exact: true }).check();
      await page.reload();
      await expect(script.getByRole("radio", { name: "繁體", exact: true })).toBeChecked();
      await expect(page.locator(".translation > .sentence[data-version-id]:not([data-script])").first()).toContainText("董事會");
    });
  });

  test.describe("fr-FR", () => {
    test.use({ locale: "fr-FR", extraHTTPHeaders: { "Accept-Language": "fr-FR,fr;q=0.9" } });
    test("gets English", async ({ page }) => {
      await page.goto("/");
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texts");
    });
  });
});

test("the switcher changes the language, remembered across navigation, reload and sign-in", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByRole("combobox", { name: "Language" }).selectOption("zh-Hant");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("文本");
  expect(new URL(page.url()).pathname).toBe("/");

  await page
    .getByRole("link", { name: /OpenAI/ })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`${LETTER_PATH}$`));
  await expect(page.getByRole("group", { name: "版面" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");

  await page.getByRole("combobox", { name: "介面語言" }).selectOption("zh-Hans");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("group", { name: "版面" })).toBeVisible();
  await expect(page.getByRole("link", { name: "登录" })).toBeVisible();

  // Signing in keeps the choice: it lives in its own cookie, not in the session.
  await signUpAndSignIn(page);
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();

  await page.getByRole("combobox", { name: "界面语言" }).selectOption("en");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texts");
});

test("the reader is served statically in each language", async ({ request }) => {
  const english = await request.get(LETTER_PATH, { headers: { "Accept-Language": "en" } });
  const chinese = await request.get(LETTER_PATH, { headers: { "Accept-Language": "zh-TW" } });
  expect(await english.text()).toContain('<html lang="en"');
  expect(await chinese.text()).toContain('<html lang="zh-Hant"');
  // Static (ISR) pages carry s-maxage; a page made dynamic by reading cookies would say no-store.
  for (const response of [english, chinese]) expect(response.headers()["cache-control"]).toMatch(/s-maxage/);
});
