import { expect, test } from "@playwright/test";
import { newTestAccount, registerAccount } from "../support/auth";

// The link itself goes to the server log, which the browser cannot read; the confirm step is
// covered through the data layer in tests/integration/accounts/password-reset.test.ts.
test("asking for a reset link says where it went when no e-mail server is configured", async ({ page }) => {
  const account = newTestAccount();
  await registerAccount(page, account);
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail").fill(account.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "No e-mail server is configured: the reset link was written to the server log." }),
  ).toBeVisible();
});

test("a reset link that is not valid says so and offers a new one", async ({ page }) => {
  await page.goto("/reset-password/this-is-not-a-real-token");
  await expect(page.getByRole("alert").filter({ hasText: "This reset link is not valid." })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await page.getByRole("link", { name: "Ask for a new reset link" }).click();
  await expect(page).toHaveURL(/\/reset-password$/);
});
