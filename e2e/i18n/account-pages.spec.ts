/**
 * The account, password-reset and share-link pages in Traditional and Simplified Chinese, chosen
 * with the switcher's cookie (NEXT_LOCALE) as a returning visitor would have it.
 */
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { seedNote, seedShare } from "../support/seed-notes";

const CASES = [
  {
    locale: "zh-Hant",
    tagline: "中英對照閱讀",
    account: "我的帳戶",
    changePassword: "變更密碼",
    deleteAccount: "刪除我的帳戶",
    confirmEmailMissing: "請輸入你的電子郵件地址以確認。",
    currentPassword: "目前的密碼",
    newPassword: "新密碼",
    wrongCurrentPassword: "這不是你目前的密碼。",
    resetHeading: "重設密碼",
    sendReset: "寄出重設連結",
    sharedBy: "分享的唯讀畫面：1 則筆記。",
    sharedNotes: "分享的筆記",
    notFound: "無法開啟這個連結",
  },
  {
    locale: "zh-Hans",
    tagline: "中英对照阅读",
    account: "我的账户",
    changePassword: "修改密码",
    deleteAccount: "删除我的账户",
    confirmEmailMissing: "请输入你的电子邮件地址以确认。",
    currentPassword: "当前密码",
    newPassword: "新密码",
    wrongCurrentPassword: "这不是你的当前密码。",
    resetHeading: "重置密码",
    sendReset: "发送重置链接",
    sharedBy: "分享的只读视图：1 则笔记。",
    sharedNotes: "分享的笔记",
    notFound: "无法打开这个链接",
  },
] as const;

async function chooseLanguage(page: Page, locale: string, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
}

for (const c of CASES) {
  test.describe(c.locale, () => {
    test("the account page, its forms' own messages and the header's tagline", async ({ page, baseURL }) => {
      await chooseLanguage(page, c.locale, baseURL);
      const account = await signUpAndSignIn(page);
      await page.goto("/account");
      await expect(page.locator("html")).toHaveAttribute("lang", c.locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.account);
      await expect(page).toHaveTitle(new RegExp(`^${c.account}`));
      await expect(page.locator(".lede")).toContainText(account.email);
      await expect(page.getByRole("button", { name: c.changePassword })).toBeVisible();
      await expect(page.locator(".brand-tagline")).toHaveText(c.tagline);
      // The API's English answer, said by the form in the interface language.
      await page.getByLabel(c.currentPassword).fill("not the password at all");
      await page.getByLabel(c.newPassword, { exact: true }).fill("a brand new pass phrase");
      await page.getByRole("button", { name: c.changePassword }).click();
      await expect(page.locator(".error-summary")).toContainText(c.wrongCurrentPassword);
      // A message the form writes in the browser, from the client-side namespace.
      await page.getByRole("button", { name: c.deleteAccount }).click();
      await expect(page.locator(".account-danger .error-summary")).toContainText(c.confirmEmailMissing);
      await expect(page.getByText(/(?<![A-Za-z])[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}/)).toHaveCount(0); // no English sentence left
      if (c.locale === "zh-Hans") {
        await page.setViewportSize({ width: 390, height: 844 });
        await page.screenshot({ path: test.info().outputPath("account-zh-Hans-390.png"), fullPage: true });
      }
    });

    test("the reset-password page", async ({ page, baseURL }) => {
      await chooseLanguage(page, c.locale, baseURL);
      await page.goto("/reset-password");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.resetHeading);
      await expect(page.getByRole("button", { name: c.sendReset })).toBeVisible();
    });

    test("a share link, and one that does not open", async ({ page, browser, baseURL }) => {
      await signUpAndSignIn(page);
      const note = await seedNote(page);
      const { url } = await seedShare(page, [note.id]);

      const visitor = await (await browser.newContext({ baseURL })).newPage();
      await chooseLanguage(visitor, c.locale, baseURL);
      // The link names the configured origin (localhost here); the visitor's language cookie is on the test's host.
      await visitor.goto(new URL(url).pathname);
      await expect(visitor.locator("html")).toHaveAttribute("lang", c.locale);
      await expect(visitor.locator(".share-page-banner")).toContainText(c.sharedBy);
      await expect(visitor.getByRole("complementary", { name: c.sharedNotes })).toContainText("A seeded note.");
      if (c.locale === "zh-Hans") {
        await visitor.setViewportSize({ width: 390, height: 844 });
        await visitor.screenshot({ path: test.info().outputPath("share-zh-Hans-390.png") });
      }

      const missing = await visitor.goto(`/s/${"x".repeat(43)}`);
      expect(missing?.status()).toBe(404);
      await expect(visitor.getByRole("heading", { name: c.notFound })).toBeVisible();
    });
  });
}
