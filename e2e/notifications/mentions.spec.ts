import { expect, test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH } from "../support/letter";
import { englishSentence, selectWords, waitForSignedInReader } from "../support/reader";

const LETTER_TITLE = "Letter from OpenAI employees to the board, November 2023";

test.describe("@mentions", () => {
  test("A writes a class note mentioning B through the @ list; B, reading, sees the unread count rise live and the notification opens the note", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const suffix = Math.random().toString(36).slice(2, 7);
    const className = `Mentions ${suffix}`;
    const ann = `Ann Writer ${suffix}`;
    const bea = `Bea Reader ${suffix}`;
    // The class is set up through the API: this journey is about mentions, not about making classes.
    const teacher = await (await browser.newContext()).newPage();
    await signUpAndSignIn(teacher, { name: `Teacher Tan ${suffix}` });
    const created = await teacher.request.post("/api/classes", { data: { name: className } });
    expect(created.status()).toBe(201);
    const code = ((await created.json()) as { joinCode: string }).joinCode;

    const a = await (await browser.newContext()).newPage();
    const b = await (await browser.newContext()).newPage();
    await signUpAndSignIn(a, { name: ann });
    await signUpAndSignIn(b, { name: bea });
    for (const student of [a, b]) expect((await student.request.post("/api/classes/join", { data: { code } })).status()).toBe(201);

    // B has the reader open; nothing unread.
    await b.goto(LETTER_PATH);
    await waitForSignedInReader(b);
    const bell = b.getByRole("button", { name: /^Notifications/ });
    await expect(bell).toHaveAccessibleName("Notifications");

    // A writes a class note and mentions B by picking her from the @ list.
    await a.goto(LETTER_PATH);
    await waitForSignedInReader(a);
    await selectWords(a, englishSentence(a, "s07"), "competence");
    await a.getByRole("toolbar", { name: "Selected text" }).getByRole("button", { name: "Note" }).click();
    await expect(a.getByRole("radio", { name: `My class: ${className}` })).toBeChecked();
    await a.getByRole("textbox", { name: "Note" }).click();
    await a.keyboard.type("What do you think, @Bea");
    const list = a.getByRole("listbox", { name: "People in this class" });
    await expect(list.getByRole("option")).toHaveText([bea]);
    await a.keyboard.press("Enter");
    await expect(list).toHaveCount(0);
    await a.keyboard.type("?");
    await a.getByRole("button", { name: "Save", exact: true }).click();
    const written = a.getByRole("complementary", { name: "Notes" }).getByRole("article", { name: `Note by ${ann}` });
    await expect(written).toContainText(`What do you think, @${bea} ?`);

    // Live: B's open page hears about it without a reload.
    await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 15_000 });
    await bell.click();
    const item = b.getByRole("region", { name: "Notifications" }).getByRole("link", { name: `${ann} mentioned you on “${LETTER_TITLE}”` });
    await expect(item).toBeVisible();
    await expect(item).toHaveAttribute("href", /^\/read\/openai-letter-2023#note-[\w-]+$/);

    // The notification opens the text with the note's thread open, and is read.
    await item.click();
    await expect(b).toHaveURL(/\/read\/openai-letter-2023#note-/);
    const thread = b.getByRole("complementary", { name: "Notes" }).getByRole("article", { name: `Note by ${ann}` });
    await expect(thread).toContainText(`@${bea}`);
    await expect(b.getByRole("button", { name: /^Notifications/ })).toHaveAccessibleName("Notifications");
  });
});
