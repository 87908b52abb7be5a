import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { newTestAccount, registerAccount, signInThroughApi, signUpAndSignIn } from "../support/auth";

const header = (page: Page) => page.getByRole("banner");
const alertWith = (page: Page, text: string | RegExp) => page.getByRole("alert").filter({ hasText: text });

async function signInWithForm(page: Page, email: string, password: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
}

test("sign up, sign out, sign in, rename, export and delete the account", async ({ page }) => {
  const account = newTestAccount({ name: "Journey Reader" });

  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Name" }).fill(`  ${account.name}  `);
  await page.getByLabel("E-mail").fill(account.email.toUpperCase());
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(header(page).getByRole("link", { name: account.name })).toBeVisible();

  await header(page).getByRole("button", { name: "Sign out" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header(page).getByRole("link", { name: account.name })).toHaveCount(0);

  await header(page).getByRole("link", { name: "Sign in" }).click();
  await signInWithForm(page, account.email, "not my password at all");
  await expect(alertWith(page, "E-mail or password is wrong.")).toBeVisible();
  await signInWithForm(page, account.email, account.password);
  await expect(header(page).getByRole("link", { name: account.name })).toBeVisible();

  await header(page).getByRole("link", { name: account.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByRole("textbox", { name: "Name" }).fill("Renamed Reader");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Renamed Reader" })).toBeVisible();

  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything I wrote" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^interleaf-export-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(exported).toMatchObject({
    user: { email: account.email, name: "Renamed Reader", signInMethods: ["password"] },
    annotations: [],
    replies: [],
  });
  expect(JSON.stringify(exported)).not.toMatch(/argon2|passwordHash/);

  // Before deleting: what goes, what stays, and the export once more.
  const danger = page.getByRole("region", { name: "Delete your account" });
  await expect(danger.getByRole("listitem").filter({ hasText: "Removed:" })).toContainText("your notes and highlights");
  await expect(danger.getByRole("listitem").filter({ hasText: "Kept:" })).toContainText("A class you teach passes to its other teacher");
  await expect(danger.getByRole("link", { name: "download your data" })).toHaveAttribute("href", "/api/account/export");

  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(alertWith(page, "Type your e-mail address to confirm.")).toBeVisible();
  await page.getByLabel("Type your e-mail address").fill(account.email);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page).toHaveURL(/\/$/);

  await page.goto("/signin");
  await signInWithForm(page, account.email, account.password);
  await expect(alertWith(page, "E-mail or password is wrong.")).toBeVisible();
});

test("sign-up shows what to fix next to each field and in a summary", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("E-mail").fill("not-an-address");
  await page.getByLabel("Password").fill("aaaaaaaaaaaa");
  await page.getByRole("button", { name: "Create account" }).click();
  const summary = alertWith(page, "Please check the form");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Enter your name." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Name" })).toHaveAccessibleDescription(/Enter your name\./);
  await expect(page.getByLabel("E-mail")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/more than one distinct character/);
});

test("sign-up with a taken e-mail says so next to the e-mail field", async ({ page }) => {
  const account = newTestAccount();
  await registerAccount(page, account);
  await page.goto("/signup");
  await page.getByRole("textbox", { name: "Name" }).fill("Someone Else");
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByLabel("Password").fill("another good password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("E-mail")).toHaveAccessibleDescription(/already exists/);
});

test("after five wrong passwords the sign-in form says when to try again", async ({ page }) => {
  const account = newTestAccount();
  await registerAccount(page, account);
  for (let i = 0; i < 5; i++) {
    await expect(signInThroughApi(page, { email: account.email, password: `wrong ${i}` })).rejects.toThrow(/CredentialsSignin/);
  }
  await page.goto("/signin");
  await signInWithForm(page, account.email, account.password);
  // The refusal reaches the form with its code, said in the interface language (issue 17.12).
  await expect(alertWith(page, /Too many failed attempts\. Wait \d+ minutes and try again\./)).toBeVisible();
});

test("the account page sends visitors to sign in, then back", async ({ page }) => {
  const account = newTestAccount();
  await registerAccount(page, account);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)account$/);
  await signInWithForm(page, account.email, account.password);
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(`Signed in as ${account.email}`)).toBeVisible();
});

test("changing the password keeps this browser signed in and signs out the others", async ({ page, browser }) => {
  const account = await signUpAndSignIn(page, { name: "Careful Reader" });
  const other = await browser.newPage();
  try {
    await signInThroughApi(other, account);
    await other.goto("/account");
    await expect(other.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

    await page.goto("/account");
    await page.getByLabel("Current password").fill("a wrong guess here");
    await page.getByLabel("New password").fill("my brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(/not your current password/);

    await page.getByLabel("Current password").fill(account.password);
    await page.getByLabel("New password").fill("my brand new password");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Your password was changed." })).toBeVisible();

    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await expect(header(page).getByRole("link", { name: "Careful Reader" })).toBeVisible();

    await other.goto("/account");
    await expect(other).toHaveURL(/\/signin\?callbackUrl=(%2F|\/)account$/);
    await expect(header(other).getByRole("link", { name: "Sign in" })).toBeVisible();
  } finally {
    await other.close();
  }
});

test("signUpAndSignIn leaves the browser signed in", async ({ page }) => {
  const account = await signUpAndSignIn(page);
  await page.goto("/");
  await expect(header(page).getByRole("link", { name: account.name })).toBeVisible();
});
