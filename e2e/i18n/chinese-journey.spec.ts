/**
 * A person who reads only Chinese: signs up, opens the letter, highlights, writes a note, compares
 * translations and makes a share link, finding every control by its Chinese name.
 */
import { expect, test } from "@playwright/test";
import { newTestAccount } from "../support/auth";
import { englishSentence, selectWords } from "../support/reader";

test.use({ locale: "zh-TW", extraHTTPHeaders: { "Accept-Language": "zh-TW,zh;q=0.9" } });
test.setTimeout(60_000);

test("sign up, highlight, note, compare and share in 繁體中文", async ({ page }) => {
  const account = newTestAccount();
  account.name = `小明 ${account.name.slice(-6)}`;

  await page.goto("/");
  await page.getByRole("link", { name: "註冊" }).click();
  await expect(page.getByRole("heading", { name: "建立帳戶" })).toBeVisible();
  // A mistake first: the message says what to fix, in Chinese.
  await page.getByRole("button", { name: "建立帳戶" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "請檢查表單" })).toContainText("請輸入電子郵件地址");
  await page.getByLabel("名字").fill(account.name);
  await page.getByLabel("電子郵件").fill(account.email);
  await page.getByLabel("密碼").fill(account.password);
  await page.getByRole("button", { name: "建立帳戶" }).click();
  await expect(page.getByRole("button", { name: "登出" })).toBeVisible();

  await page
    .getByRole("link", { name: /OpenAI/ })
    .first()
    .click();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await page.getByRole("button", { name: "為這一句寫筆記" }).first().waitFor({ state: "attached" });

  // Note.
  await selectWords(page, englishSentence(page, "s03"), "governance");
  const toolbar = page.getByRole("toolbar", { name: "選取的文字" });
  await toolbar.getByRole("button", { name: "筆記", exact: true }).click();
  const composer = page.getByRole("form", { name: "新筆記" });
  await composer.getByRole("textbox", { name: "筆記" }).fill("治理指的是誰做決定。");
  await composer.getByRole("radio", { name: "只有我" }).check();
  await composer.getByRole("button", { name: "儲存" }).click();
  const panel = page.getByRole("complementary", { name: "筆記" });
  await expect(panel.getByRole("article", { name: `${account.name} 的筆記` })).toContainText("治理指的是誰做決定。");

  // Highlight.
  await panel.getByRole("button", { name: "關閉筆記" }).click();
  await selectWords(page, englishSentence(page, "s07"), "competence");
  await toolbar.getByRole("button", { name: "以黃色標記" }).click();
  await expect(page.getByRole("status").filter({ hasText: "已儲存螢光標記" })).toBeAttached();

  // Share this view.
  await page.getByRole("button", { name: /^筆記 \d+$/ }).click();
  await panel.getByText("分享這個畫面").click();
  await panel.getByRole("checkbox", { name: /^包括我的私人筆記/ }).check();
  await panel.getByRole("button", { name: "建立連結" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "連結已建立" })).toBeVisible();
  await expect(panel.getByRole("textbox", { name: "分享連結" })).toHaveValue(/\/s\//);
  await panel.getByRole("button", { name: "關閉筆記" }).click();

  // Compare translations.
  await page
    .getByRole("button", { name: /^比較第 \d+ 句的譯文$/ })
    .first()
    .click();
  const dialog = page.getByRole("dialog", { name: /^比較譯文 · / });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading", { name: /所有譯文/ })).toBeVisible();
  await expect(dialog.getByRole("combobox", { name: "譯文 A" })).toBeVisible();
  await expect(dialog.getByText("僅見於 A")).toBeVisible();
  await expect(dialog.getByRole("button", { name: "提出譯文" })).toBeVisible();
  await dialog.getByRole("button", { name: "關閉比較面板" }).click();
  await expect(dialog).toBeHidden();
});
