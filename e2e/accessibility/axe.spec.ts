/**
 * axe-core on every main page, in light and dark colour schemes: no serious or critical
 * violations, one main landmark and one h1 per page.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";
import { waitForSignedInReader } from "../support/reader";
import { seedClass, seedNote, seedShare } from "../support/seed-notes";

async function expectAccessible(page: Page, what: string) {
  await expect(page.locator("main")).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeAttached();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  const report = serious
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `  ${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1, 2).join(" ")}`)
          .join("\n")}`,
    )
    .join("\n");
  expect(serious, `${what}:\n${report}`).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`axe, ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    test("signed-out pages", async ({ page }) => {
      // Seven pages analysed in one journey: generous for a busy 2-core machine.
      test.setTimeout(180_000);
      for (const path of [
        "/",
        LETTER_PATH,
        `${LETTER_PATH}/compare`,
        `${LETTER_PATH}/concordance?q=board`,
        "/signin",
        "/signup",
        "/no-such-page",
      ]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }
    });

    test("signed-in pages", async ({ page, browser }) => {
      // Seven pages analysed in one journey: generous for a busy 2-core machine.
      test.setTimeout(180_000);
      await signUpAndSignIn(page, { name: "Axe Teacher" });
      const note = await seedNote(page);
      const klass = await seedClass(page);
      const share = await seedShare(page, [note.id]);

      await page.goto(LETTER_PATH);
      await waitForSignedInReader(page);
      await page
        .locator(`[data-pair="${segmentId("s07")}"]`)
        .getByRole("button", { name: /^\d+ notes? on this sentence$/ })
        .click();
      await expect(page.getByRole("complementary", { name: "Notes" }).getByText("A seeded note.").first()).toBeVisible();
      await expectAccessible(page, "reader with the notes panel");

      await page.keyboard.press("Escape");
      await page
        .getByRole("button", { name: /^Compare translations of sentence \d+$/ })
        .first()
        .click();
      await expect(page.getByRole("dialog", { name: /Compare translations/ })).toBeVisible();
      await expect(page.getByText("All renderings")).toBeVisible();
      await expectAccessible(page, "reader with the compare panel");

      for (const path of ["/account", "/classes", `/classes/${klass.id}`, "/import", `${LETTER_PATH}/compare`]) {
        await page.goto(path);
        await expectAccessible(page, path);
      }

      // A student's view of the class page.
      const student = await (await browser.newContext({ colorScheme })).newPage();
      await signUpAndSignIn(student, { name: "Axe Student" });
      const joined = await student.request.post("/api/classes/join", { data: { code: klass.joinCode } });
      expect(joined.status()).toBe(201);
      await student.goto(`/classes/${klass.id}`);
      await expectAccessible(student, "class page as a student");

      // The share link, signed out.
      const visitor = await (await browser.newContext({ colorScheme })).newPage();
      await visitor.goto(new URL(share.url).pathname);
      await expect(visitor.getByText("A seeded note.").first()).toBeAttached();
      await expectAccessible(visitor, "share link");
    });
  });
}
