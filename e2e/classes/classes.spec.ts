import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { teacherWithClass } from "../support/classes";
import { LETTER_PATH } from "../support/letter";
import { englishSentence, noteCount, selectWords, waitForSignedInReader } from "../support/reader";

const notesPanel = (page: Page) => page.getByRole("complementary", { name: "Notes" });

test.describe("classes, live notes and share links", () => {
  test("a teacher's class: a student joins with the code, their note appears live for the teacher, an outsider sees nothing, a share link shows the class note only to members until revoked, and the teacher revokes an invitation", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const className = `Seminar ${Date.now().toString(36)}`;
    const noteText = `Class reading note ${Math.random().toString(36).slice(2, 8)}`;

    // The teacher creates a class and reads its code.
    const { teacher, classUrl, code } = await teacherWithClass(browser, className);
    expect(code).toMatch(/^[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}$/);

    // A student joins with the code, typed loosely.
    const student = await (await browser.newContext()).newPage();
    await signUpAndSignIn(student, { name: "Student Su" });
    await student.goto("/classes");
    await student.getByLabel("Class code").fill(code.toLowerCase().replace("-", " "));
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByRole("heading", { level: 1, name: className })).toBeVisible();

    // The teacher has the letter open.
    await teacher.goto(LETTER_PATH);
    await waitForSignedInReader(teacher);

    // The student writes a note; it goes to the class by default.
    await student.goto(LETTER_PATH);
    await waitForSignedInReader(student);
    await selectWords(student, englishSentence(student, "s07"), "competence");
    await student.getByRole("toolbar", { name: "Selected text" }).getByRole("button", { name: "Note" }).click();
    await expect(student.getByRole("radio", { name: `My class: ${className}` })).toBeChecked();
    const editor = student.getByRole("textbox", { name: "Note" });
    await editor.click();
    await student.keyboard.type(noteText);
    await student.getByRole("button", { name: "Save", exact: true }).click();
    await expect(notesPanel(student).getByRole("article", { name: "Note by Student Su" })).toContainText(noteText);

    // It appears on the teacher's open page without a reload, and is announced.
    await expect(noteCount(teacher, "s07", 1)).toBeVisible({ timeout: 10_000 });
    await expect(teacher.getByRole("status").filter({ hasText: "New note by Student Su on sentence" })).toBeAttached();
    await noteCount(teacher, "s07", 1).click();
    await expect(notesPanel(teacher).getByRole("article", { name: "Note by Student Su" })).toContainText(noteText);

    // An outsider sees nothing of it.
    const outsider = await (await browser.newContext()).newPage();
    await signUpAndSignIn(outsider, { name: "Outsider Ou" });
    await outsider.goto(LETTER_PATH);
    await waitForSignedInReader(outsider);
    await expect(outsider.getByRole("button", { name: /Notes/ })).toContainText("0");
    await expect(outsider.getByText(noteText)).toHaveCount(0);

    // The student shares the view. A class note goes only to signed-in members of the class:
    // signed out, the link opens without it; the teacher, a member, sees it labelled as their class.
    await notesPanel(student).getByText("Share this view").click();
    await notesPanel(student)
      .getByRole("radio", { name: `The notes of ${className}` })
      .check();
    await expect(notesPanel(student).getByRole("checkbox", { name: "Let people who open it join the class" })).toHaveCount(0);
    await notesPanel(student)
      .getByRole("radio", { name: /^The notes I see/ })
      .check();
    await expect(notesPanel(student).getByText(/^Class notes show only to people signed in as members of their class/)).toBeVisible();
    await notesPanel(student).getByRole("button", { name: "Create link" }).click();
    const link = await notesPanel(student).getByRole("textbox", { name: "Share link" }).inputValue();
    expect(link).toMatch(/\/s\/[\w-]{43}$/);

    const visitor = await (await browser.newContext()).newPage();
    const opened = await visitor.goto(link);
    expect(opened?.status()).toBe(200);
    expect(opened?.headers()["referrer-policy"]).toBe("no-referrer");
    await expect(visitor.getByText(/^Some notes in this view are only for members of their class/)).toBeVisible();
    await expect(visitor.getByRole("complementary", { name: "Shared notes" })).toBeVisible();
    await expect(visitor.getByText(noteText)).toHaveCount(0);

    const teacherViewing = await teacher.context().newPage();
    await teacherViewing.goto(link);
    const shared = teacherViewing.getByRole("complementary", { name: "Shared notes" }).getByRole("article", { name: "Note by Student Su" });
    await expect(shared).toContainText(noteText);
    await expect(shared).toContainText(`your class: ${className}`);
    await teacherViewing.close();

    // Revoked, it stops opening.
    await notesPanel(student)
      .getByRole("button", { name: /^Revoke link/ })
      .first()
      .click();
    await expect(notesPanel(student).getByText("Link revoked: it no longer opens.")).toBeVisible();
    const again = await visitor.goto(link);
    expect(again?.status()).toBe(404);
    await expect(visitor.getByRole("heading", { name: "This link does not open" })).toBeVisible();
    await expect(visitor.getByText(noteText)).toHaveCount(0);

    // The teacher makes a link that lets people join, sees it among the links into the class, and revokes it there.
    await notesPanel(teacher).getByText("Share this view").click();
    await notesPanel(teacher)
      .getByRole("radio", { name: `The notes of ${className}` })
      .check();
    await notesPanel(teacher).getByRole("checkbox", { name: "Let people who open it join the class" }).check();
    await notesPanel(teacher).getByRole("button", { name: "Create link" }).click();
    const invitation = await notesPanel(teacher).getByRole("textbox", { name: "Share link" }).inputValue();
    expect((await visitor.goto(invitation))?.status()).toBe(200);
    await expect(visitor.getByRole("link", { name: `Sign in to join ${className}` })).toBeVisible();

    await teacher.goto(classUrl);
    const links = teacher.getByRole("region", { name: /^Links into this class/ }).first();
    await expect(links.getByRole("row").filter({ hasText: "invites to join" })).toContainText("works");
    teacher.once("dialog", (dialog) => void dialog.accept());
    await links.getByRole("button", { name: /^Revoke the link made by Teacher Tan/ }).click();
    await expect(links.getByRole("row").filter({ hasText: "invites to join" })).toContainText("revoked");
    expect((await visitor.goto(invitation))?.status()).toBe(404);
  });
});
