/**
 * A person with only a keyboard: signs up, opens the letter, highlights a word range, writes a
 * note on words, replies, compares translations and votes, makes a share link, and pairs words
 * across the two languages. No mouse.
 */
import { expect, test } from "@playwright/test";
import { newTestAccount, signUpAndSignIn } from "../support/auth";
import { pressUntilFocused } from "../support/keyboard";
import { LETTER_PATH } from "../support/letter";
import { chineseSentence, englishSentence, paintedRanges, waitForSignedInReader } from "../support/reader";

test("keyboard only: sign up, highlight words, note, reply, compare and vote, share", async ({ page }) => {
  test.setTimeout(90_000);
  const account = newTestAccount({ name: "Keyboard Kim" });
  const noteText = `Typed without a mouse ${Date.now().toString(36)}`;

  // Sign up.
  await page.goto("/signup");
  await pressUntilFocused(page, page.getByRole("textbox", { name: "Name" }));
  await page.keyboard.type(account.name);
  await pressUntilFocused(page, page.getByLabel("E-mail"));
  await page.keyboard.type(account.email);
  await pressUntilFocused(page, page.getByLabel("Password"));
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  // Signing up hashes the password with argon2 and signs in: the first journey of a run meets a cold server.
  await expect(page.getByRole("banner").getByRole("link", { name: account.name })).toBeVisible({ timeout: 20_000 });

  // Open the letter from the list of texts.
  await pressUntilFocused(
    page,
    page
      .getByRole("main")
      .getByRole("link", { name: /OpenAI/ })
      .first(),
  );
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${LETTER_PATH}$`));
  await waitForSignedInReader(page);

  // The help dialog lists the shortcuts and gives focus back when it closes.
  const s07 = englishSentence(page, "s07");
  await pressUntilFocused(page, page.locator(".sentence[tabindex='0']"));
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Choose words");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(page.locator(".sentence[tabindex='0']")).toBeFocused();

  // Down to the sentence; it announces its language and notes.
  await pressUntilFocused(page, s07, "ArrowDown", 25);
  await expect(s07).toHaveAttribute("data-active", "true");
  // (Other journeys may have left public notes on it: count from what is there.)
  await expect(s07).toHaveAccessibleDescription(/^English, (no notes|\d+ notes?)$/);
  const notesBefore = Number(
    (await s07.evaluate((el) => document.getElementById(el.getAttribute("aria-describedby")!.split(" ")[1]!)!.textContent)).match(
      /\d+/,
    )?.[0] ?? 0,
  );

  // Highlight one word: W, then → to "conduct", then H.
  await page.keyboard.press("w");
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("conduct");
  await page.keyboard.press("h");
  await expect(page.getByRole("status").filter({ hasText: "Highlight saved." })).toBeAttached();
  await expect.poll(() => paintedRanges(page, "yellow")).toBeGreaterThan(0);
  await expect(s07).toBeFocused();

  // A note on a word range: W, → ten times to "the", Shift+→ to take "competence" too, N.
  await page.keyboard.press("w");
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("the competence");
  await page.keyboard.press("n");
  const panel = page.getByRole("complementary", { name: "Notes" });
  const editor = panel.getByRole("textbox", { name: "Note" });
  await expect(editor).toBeFocused();
  await page.keyboard.type(noteText);
  await page.keyboard.press("Control+Enter");
  const card = panel.getByRole("article", { name: `Note by ${account.name}` }).filter({ hasText: noteText });
  await expect(card).toBeVisible();
  await expect(card).toContainText("the competence");
  // Saved: the composer closes (the card may show first, from the live stream).
  await expect(editor).toBeHidden();

  // Escape closes the panel and focus goes back to the sentence, which now counts two notes.
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(s07).toBeFocused();
  await expect(s07).toHaveAccessibleDescription(`English, ${notesBefore + 2} notes`);

  // R replies to the latest note on the sentence.
  await page.keyboard.press("r");
  const reply = panel.getByRole("textbox", { name: "Reply" });
  await expect(reply).toBeFocused();
  await page.keyboard.type("A keyboard reply.");
  await page.keyboard.press("Control+Enter");
  await expect(panel.getByRole("list", { name: "Replies" })).toContainText("A keyboard reply.");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(panel).toBeHidden();
  await expect(s07).toBeFocused();

  // C compares the sentence's translations; vote for one; Escape comes back to the sentence.
  await page.keyboard.press("c");
  const compare = page.getByRole("dialog", { name: /Compare translations/ });
  await expect(compare).toBeVisible();
  const voteFor = compare.getByRole("button", { name: /^Vote for / }).first();
  await pressUntilFocused(page, voteFor);
  await page.keyboard.press("Enter");
  await expect(voteFor).toHaveAttribute("aria-pressed", "true");
  // Focus stays inside the dialog however far one tabs.
  for (let i = 0; i < 40; i++) await page.keyboard.press("Tab");
  expect(await compare.evaluate((el) => el.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(compare).toBeHidden();
  await expect(s07).toBeFocused();

  // O opens the notes; share this view.
  await page.keyboard.press("o");
  await expect(panel).toBeVisible();
  await pressUntilFocused(page, panel.getByText("Share this view"));
  await page.keyboard.press("Enter");
  // The notes are private: they go into a link only when ticked, under a warning.
  await pressUntilFocused(page, panel.getByRole("checkbox", { name: /^Include my private notes/ }));
  await page.keyboard.press("Space");
  await expect(panel.getByText(/^Anyone who has the link will read these private notes/)).toBeVisible();
  await pressUntilFocused(page, panel.getByRole("button", { name: "Create link" }));
  await page.keyboard.press("Enter");
  await expect(panel.getByRole("textbox", { name: "Share link" })).toHaveValue(/\/s\/[\w-]+$/);
});

test("keyboard only: P pairs chosen English words with the Chinese sentence beside them", async ({ page }) => {
  // The word links of the first request are aligned in the server's text worker (tens of seconds on a busy machine).
  test.setTimeout(180_000);
  await signUpAndSignIn(page, { name: "Keyboard Pat" });
  await page.goto(LETTER_PATH);
  await waitForSignedInReader(page);
  const english = englishSentence(page, "s11");
  const chinese = chineseSentence(page, "s11");
  const chineseText = (await chinese.textContent())!;
  await pressUntilFocused(page, page.locator(".sentence[tabindex='0']"));
  await pressUntilFocused(page, english, "ArrowDown", 30);

  // W and the arrows choose "bad faith" (its counterpart lights); P starts the pair from the counterpart, chosen in the Chinese.
  await page.keyboard.press("w");
  for (let i = 0; i < 17; i++) await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Shift+ArrowRight");
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe("bad faith");
  await expect
    .poll(() => page.evaluate(() => [...((CSS.highlights.get("word-link") as Set<Range> | undefined) ?? [])].map(String)), {
      timeout: 120_000,
    })
    .toEqual(expect.arrayContaining(["bad", "faith", "不", "誠信"]));
  await page.keyboard.press("p");
  await expect(page.getByRole("status").filter({ hasText: "Pairing “bad faith” with “不誠信”" })).toBeAttached();
  await expect(chinese).toBeFocused();

  // Escape leaves those words; P there (no words chosen: the whole sentence) completes the pair.
  await page.keyboard.press("Escape");
  await expect(chinese).toBeFocused();
  await page.keyboard.press("p");
  const composer = page.getByRole("form", { name: "New note" });
  // The notes panel loads on first use: on a busy machine that takes more than the default 5 s.
  await expect(composer.locator("blockquote")).toHaveText(["bad faith", chineseText], { timeout: 20_000 });
  await expect(composer.getByRole("textbox", { name: "Note" })).toBeFocused();
  await page.keyboard.type("Paired from the keyboard.");
  await page.keyboard.press("Control+Enter");
  await expect(
    page.getByRole("complementary", { name: "Notes" }).getByRole("article").filter({ hasText: "Paired from the keyboard." }),
  ).toBeVisible();

  const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
  const pair = annotations.find((a: { bodyText: string }) => a.bodyText === "Paired from the keyboard.");
  expect(pair.targets.map((t: { language: string; selector: { exact: string } }) => [t.language, t.selector.exact])).toEqual([
    ["en", "bad faith"],
    ["zh-Hant", chineseText],
  ]);
});
