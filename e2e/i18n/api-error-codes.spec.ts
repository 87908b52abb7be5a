/**
 * API refusals in the interface language, from their codes (issue 17.12): the API answers with a
 * stable `code` beside its English `error`, and the page shows the code's message from
 * messages/<locale>.json (ApiErrors), never the English and never a guess from the status.
 * Also (17.13): the JSON-LD export's ids are on the origin the browser used, not the bound address.
 */
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";

test.setTimeout(90_000);

async function chooseLanguage(page: Page, locale: "zh-Hant" | "zh-Hans", baseURL: string | undefined) {
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
}

test("简体中文: a wrong current password is refused with wrong_current_password, shown in Chinese", async ({ page, baseURL }) => {
  await chooseLanguage(page, "zh-Hans", baseURL);
  await signUpAndSignIn(page);
  await page.goto("/account");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
  await page.getByLabel("当前密码").fill("not the password at all");
  await page.getByLabel("新密码", { exact: true }).fill("a brand new pass phrase");
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/account/password") && r.request().method() === "POST");
  await page.getByRole("button", { name: "修改密码" }).click();
  const body = await (await answer).json();
  expect(body).toMatchObject({ code: "wrong_current_password", error: "This is not your current password." });
  const summary = page.locator(".error-summary");
  await expect(summary).toContainText("这不是你的当前密码。");
  await expect(summary).not.toContainText("This is not your current password.");
});

test("繁體中文: a wrong class code is refused with join_code_unknown, shown in Chinese", async ({ page, baseURL }) => {
  await chooseLanguage(page, "zh-Hant", baseURL);
  await signUpAndSignIn(page);
  await page.goto("/classes");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hant");
  const join = page.getByRole("form", { name: "加入班級" });
  await join.getByLabel("加入代碼").fill("ZZZZ-ZZZZ");
  const answer = page.waitForResponse((r) => r.url().endsWith("/api/classes/join"));
  await join.getByRole("button", { name: "加入" }).click();
  const refused = await answer;
  expect(refused.status()).toBe(404);
  expect(await refused.json()).toMatchObject({ code: "join_code_unknown" });
  await expect(join.getByRole("alert")).toHaveText("沒有班級使用這個代碼。請向老師確認（代碼格式如 ABCD-EFGH）。");
});

test("the JSON-LD export's ids and sources are on the origin the browser used", async ({ page, baseURL }) => {
  await signUpAndSignIn(page);
  const exported = await (await page.request.get("/api/documents/openai-letter-2023/annotations.jsonld")).json();
  const origin = new URL(baseURL!).origin;
  expect(exported.id).toBe(`${origin}/api/documents/openai-letter-2023/annotations.jsonld`);
  expect(JSON.stringify(exported)).not.toContain("0.0.0.0");
});
