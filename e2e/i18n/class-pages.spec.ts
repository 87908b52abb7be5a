/**
 * Classes for people who read only Chinese: a teacher creates a class and a student joins it with
 * the interface in 繁體中文 (from Accept-Language), finding every control by its Chinese name; the
 * class page then renders in 简体中文 when the student chooses it (the NEXT_LOCALE cookie).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";

test.setTimeout(90_000);

async function chinesePage(browser: Browser, cookieLocale?: "zh-Hans"): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-TW", extraHTTPHeaders: { "Accept-Language": "zh-TW,zh;q=0.9" } });
  if (cookieLocale) await context.addCookies([{ name: "NEXT_LOCALE", value: cookieLocale, url: test.info().project.use.baseURL! }]);
  return context.newPage();
}

test("a teacher creates a class and a student joins it in 繁體中文; the class page in 简体中文", async ({ browser }) => {
  const className = `翻譯研討課 ${Date.now().toString(36)}`;

  // The teacher creates the class.
  const teacher = await chinesePage(browser);
  await signUpAndSignIn(teacher, { name: "陳老師" });
  await teacher.goto("/classes");
  await expect(teacher.locator("html")).toHaveAttribute("lang", "zh-Hant");
  await expect(teacher).toHaveTitle(/我的班級/);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("我的班級");
  await expect(teacher.getByText("還沒有班級。")).toBeVisible();
  const create = teacher.getByRole("form", { name: "建立班級" });
  await create.getByLabel("班級名稱").fill(className);
  await create.getByRole("button", { name: "建立班級" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(teacher).toHaveTitle(/班級/);
  await expect(teacher.getByText("你是這個班級的老師。")).toBeVisible();
  await expect(teacher.getByRole("link", { name: "開啟這封信" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "邀請學生" })).toBeVisible();
  await expect(teacher.getByText(/^加入代碼：/)).toBeVisible();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

  // A student: a wrong code first, said in Chinese; then the right one.
  const student = await chinesePage(browser);
  await signUpAndSignIn(student, { name: "林同學" });
  await student.goto("/classes");
  const join = student.getByRole("form", { name: "加入班級" });
  await expect(join.getByText("由老師提供，格式如 ABCD-EFGH。")).toBeVisible();
  await join.getByLabel("加入代碼").fill("ZZZZ-ZZZZ");
  await join.getByRole("button", { name: "加入" }).click();
  await expect(join.getByRole("alert")).toHaveText("沒有班級使用這個代碼。請向老師確認（代碼格式如 ABCD-EFGH）。");
  await join.getByLabel("加入代碼").fill(code.toLowerCase());
  await join.getByRole("button", { name: "加入" }).click();
  await expect(student.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(student.getByText("你是這個班級的學生。")).toBeVisible();
  await expect(student.getByRole("heading", { name: "成員（2）" })).toBeVisible();

  // The list of classes says the student's role, in Chinese.
  await student.getByRole("link", { name: "← 我的班級" }).click();
  await expect(student.getByRole("listitem").filter({ hasText: className })).toContainText("學生 · 2 位成員");
  await student.setViewportSize({ width: 390, height: 844 });
  await student.screenshot({ path: test.info().outputPath("classes-zh-Hant-390.png"), fullPage: true });

  // The teacher's page: members, activity and export, with Chinese headers.
  await teacher.reload();
  const members = teacher.getByRole("table");
  for (const header of ["名字", "身分", "筆記", "回覆", "譯文", "投票"])
    await expect(members.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  // "最近活動" carries a zero-width space, its only line break at phone width.
  await expect(members.getByRole("columnheader", { name: /^最近\u200b?活動$/ })).toBeVisible();
  await expect(members.getByRole("row").filter({ hasText: "陳老師（你）" })).toContainText("老師");
  await expect(members.getByRole("row").filter({ hasText: "林同學" })).toContainText("學生");
  await expect(members.getByRole("button", { name: "移除 林同學" })).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "最近兩週的活動" })).toBeVisible();
  await expect(teacher.getByRole("img", { name: /^最近 14 天每天的筆記和回覆：共 0 則。$/ })).toBeVisible();
  await expect(teacher.getByRole("link", { name: "CSV（試算表）" })).toBeVisible();
  await expect(teacher.getByText("還沒有班級筆記。")).toBeVisible();

  // The class page at phone width, to look at.
  await teacher.setViewportSize({ width: 390, height: 844 });
  await teacher.screenshot({ path: test.info().outputPath("class-page-zh-Hant-390.png"), fullPage: true });

  // The same class page in 简体中文 (the language chosen in the cookie), and leaving the class.
  const simplified = await chinesePage(browser, "zh-Hans");
  await signUpAndSignIn(simplified, { name: "王同学" });
  await simplified.goto("/classes");
  await expect(simplified.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await simplified.getByRole("form", { name: "加入班级" }).getByLabel("加入代码").fill(code);
  await simplified.getByRole("button", { name: "加入", exact: true }).click();
  await expect(simplified.getByRole("heading", { level: 1, name: className })).toBeVisible();
  await expect(simplified.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await expect(simplified.getByText("你是这个班级的学生。")).toBeVisible();
  await expect(simplified.getByRole("heading", { name: "成员（3）" })).toBeVisible();
  await expect(simplified.getByRole("columnheader", { name: "身份" })).toBeVisible();
  await expect(simplified.getByRole("link", { name: "打开这封信" })).toBeVisible();
  simplified.once("dialog", (dialog) => {
    expect(dialog.message()).toBe("要退出这个班级吗？之后仍可用加入代码重新加入。");
    void dialog.accept();
  });
  await simplified.getByRole("button", { name: "退出班级" }).click();
  await expect(simplified.getByRole("heading", { level: 1 })).toHaveText("我的班级");
});
