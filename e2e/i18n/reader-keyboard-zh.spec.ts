/**
 * The reader's keyboard help and screen-reader labels, and the import page, in Chinese: a person
 * who reads only Chinese hears and sees the shortcuts in their language.
 */
import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { pressUntilFocused } from "../support/keyboard";
import { LETTER_PATH } from "../support/letter";

test.describe("繁體中文", () => {
  test.use({ locale: "zh-TW", extraHTTPHeaders: { "Accept-Language": "zh-TW,zh;q=0.9" } });

  test("the shortcuts dialog and a sentence's description are in Chinese", async ({ page }) => {
    await page.goto(LETTER_PATH);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
    await expect(page.getByRole("region", { name: "文本（逐句）" })).toBeVisible();

    const sentence = page.locator(".sentence[tabindex='0']");
    await pressUntilFocused(page, sentence);
    // Its language, then its notes (the count is filled in by the notes layer once it has loaded).
    await expect(sentence).toHaveAccessibleDescription(/^英文，\s*(沒有筆記|\d+ 則筆記)$/);

    await page.keyboard.press("?");
    const help = page.getByRole("dialog", { name: "鍵盤快速鍵" });
    await expect(help).toBeVisible();
    await expect(help.getByRole("term").filter({ hasText: "W" })).toBeVisible();
    await expect(help).toContainText("選取文字（另一種語言中對應的文字會標亮並讀出）：← → 移動");
    await expect(help).toContainText("上一句／下一句");
    await expect(help).toContainText("比較這一句的譯文");
    // Saving a note from the editor is a shortcut too, so it is listed.
    await expect(help.getByRole("term").filter({ hasText: "Enter" })).toContainText("Ctrl");
    await expect(help).toContainText("在筆記編輯器中：儲存筆記或回覆");
    await expect(help).not.toContainText("Choose words");
    await expect(help.getByRole("button", { name: "關閉" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(help).toBeHidden();
    await expect(sentence).toBeFocused();

    // A key that needs an account says so, in Chinese.
    await page.keyboard.press("h");
    await expect(page.getByText("登入後即可標記和寫筆記。", { exact: true })).toBeAttached();
  });

  test("import, align and the whole-letter compare view", async ({ page }) => {
    await signUpAndSignIn(page, { name: "小王" });
    await page.goto("/import");
    await expect(page.getByRole("heading", { level: 1, name: "匯入信件" })).toBeVisible();
    await page.getByLabel("標題").fill("給河流的信");
    await page.getByLabel("英文原文").fill("Dear river,\n\nWe read about you. We liked it.\n\nThank you.");
    await page.getByLabel("中文譯文").fill("親愛的河流：\n\n我們讀了關於你的文章，很喜歡。\n\n謝謝你。");
    await page.getByRole("button", { name: "對齊" }).click();

    await expect(page).toHaveURL(/\/align$/);
    await expect(page).toHaveTitle(/對齊/);
    await expect(page.getByRole("heading", { level: 1, name: "對齊「給河流的信」" })).toBeVisible();
    await expect(page.getByRole("list", { name: "給河流的信 的對齊" })).toBeVisible();
    await expect(page.getByText(/列 · .* · 發布後只有你可以閱讀。/)).toBeVisible();
    await page.getByRole("button", { name: "把第 2 列與下一列合併" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已合併第 2 列和第 3 列。" })).toBeVisible();
    await page.getByRole("button", { name: "儲存草稿" }).click();
    await expect(page.getByRole("status").filter({ hasText: "已儲存草稿。" })).toBeVisible();

    await page.goto(`${LETTER_PATH}/compare`);
    await expect(page).toHaveTitle(/比較譯文 · /);
    await expect(page.getByRole("heading", { level: 1, name: "比較譯文" })).toBeVisible();
    await expect(page.getByRole("link", { name: "← 回到閱讀頁面" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "英文" })).toBeVisible();
    await expect(page.getByRole("button", { name: "比較第 1 句的所有譯文" })).toBeVisible();
    await expect(page.getByText(/^各譯本(差異 \d+%|完全相同)$/).first()).toBeAttached();
  });
});

test.describe("简体中文", () => {
  test.use({ locale: "zh-CN", extraHTTPHeaders: { "Accept-Language": "zh-CN,zh;q=0.9" } });

  test("the shortcuts dialog fits a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(LETTER_PATH);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await page.getByRole("button", { name: "键盘快捷键" }).click();
    const help = page.getByRole("dialog", { name: "键盘快捷键" });
    await expect(help).toContainText("选取文字");
    const box = await help.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await page.screenshot({ path: test.info().outputPath("shortcuts-zh-Hans-390.png") });
  });

  test("the import page", async ({ page }) => {
    await signUpAndSignIn(page, { name: "小林" });
    await page.goto("/import");
    await expect(page).toHaveTitle(/导入信件/);
    await expect(page.getByRole("heading", { level: 1, name: "导入信件" })).toBeVisible();
    await expect(page.getByLabel("标题")).toBeVisible();
    await expect(page.getByLabel("英文原文")).toHaveAccessibleDescription(/^0 个字符 · 段落之间以空行分隔 · 上传 \.txt 或 \.md 文件/);
    await expect(page.getByRole("group", { name: "发布后谁能阅读" }).getByRole("radio", { name: "只有我" })).toBeChecked();
    // Sent empty: every message says what to fix, in Chinese.
    await page.getByRole("button", { name: "对齐" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "有些字段需要修正。" })).toBeVisible();
    // Each message twice: linked in the summary above the form, and under its field.
    await expect(page.getByRole("link", { name: "请为文本取个标题。" })).toBeVisible();
    await expect(page.locator("#import-title-error")).toHaveText("请为文本取个标题。");
    await expect(page.locator("#import-zh-error")).toHaveText("请粘贴或上传中文译文。");
  });
});
