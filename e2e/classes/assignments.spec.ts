import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { teacherWithClass } from "../support/classes";
import { LETTER_PATH } from "../support/letter";
import { englishSentence, selectWords, waitForSignedInReader } from "../support/reader";

/** No serious or critical axe violations on the page as it is now (the new parts: form, tables, prompts). */
async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    what,
  ).toEqual([]);
}

test.describe("assignments", () => {
  test("a teacher sets an assignment with a prompt; the student sees it on the home and class pages and in the margin, writes a note, and the teacher sees the progress and downloads the gradebook", async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const className = `Reading ${Date.now().toString(36)}`;
    const title = `Read the letter ${Math.random().toString(36).slice(2, 6)}`;
    const question = "What does competence mean here?";

    const { teacher, classUrl, code } = await teacherWithClass(browser, className);
    // The invite link opens the join form with the code filled in; its QR code is beside it.
    const invite = await teacher.getByRole("textbox", { name: /^Invite link/ }).inputValue();
    expect(invite).toMatch(/\/classes\?code=[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expect(teacher.getByRole("img", { name: "QR code of the invite link" })).toBeVisible();

    const student = await (await browser.newContext()).newPage();
    await signUpAndSignIn(student, { name: "Student Su" });
    await student.goto(new URL(invite).pathname + new URL(invite).search);
    await expect(student.getByLabel("Class code")).toHaveValue(code);
    await student.getByRole("button", { name: "Join class" }).click();
    await expect(student.getByRole("heading", { level: 1, name: className })).toBeVisible();

    // The teacher sets the assignment: one note expected, one prompt on sentence 7.
    await teacher.goto(classUrl);
    await teacher.getByText("Set an assignment").click();
    const form = teacher.getByRole("form", { name: "New assignment" });
    await form.getByLabel("Title", { exact: true }).fill(title);
    await form.getByLabel("Text", { exact: true }).selectOption({ label: "Letter from OpenAI employees to the board, November 2023" });
    await form.getByLabel("Due", { exact: true }).fill("2035-06-01T17:00");
    await form.getByLabel("Notes expected").fill("1");
    await form.getByLabel("Prompt 1: sentence number").fill("7");
    await form.getByLabel("Prompt 1: question").fill(question);
    await expectAccessible(teacher, "the class page with the assignment form open");
    await form.getByRole("button", { name: "Set the assignment" }).click();
    await expect(form.getByRole("status")).toHaveText("Assignment set.");
    const teacherRow = teacher.getByTestId("assignment-row").filter({ hasText: title });
    await expect(teacherRow).toContainText("0 of 1 students done");

    // The student sees it on the home page and the class page, not started, with time left.
    await student.goto("/");
    await expect(student.getByRole("heading", { name: "Your assignments" })).toBeVisible();
    const homeRow = student.getByTestId("assignment-row").filter({ hasText: title });
    await expect(homeRow.getByTestId("assignment-status")).toHaveText("not started");
    await expect(homeRow).toContainText("left");
    await student.goto(classUrl);
    await expect(student.getByTestId("assignment-row").filter({ hasText: title }).getByTestId("assignment-status")).toHaveText(
      "not started",
    );

    // In the reader, the prompt sits in sentence 7's margin; the student answers with a class note.
    await expectAccessible(student, "the class page with the student's assignments");
    await student.goto(LETTER_PATH);
    await waitForSignedInReader(student);
    const marker = student.getByTestId("prompt-marker").filter({ hasText: question });
    await marker.getByText("Prompt").click();
    await expect(marker).toContainText(question);
    // Opening the prompt opens the sentence's notes beside the text: select once the text has moved over.
    await expect(student.getByRole("complementary", { name: "Notes" })).toBeVisible();
    await selectWords(student, englishSentence(student, "s07"), "competence");
    await student.getByRole("toolbar", { name: "Selected text" }).getByRole("button", { name: "Note" }).click();
    await expect(student.getByRole("radio", { name: `My class: ${className}` })).toBeChecked();
    const editor = student.getByRole("textbox", { name: "Note" });
    await editor.click();
    await student.keyboard.type("Competence means being able to oversee the company.");
    await student.getByRole("button", { name: "Save", exact: true }).click();
    await expect(student.getByRole("complementary", { name: "Notes" }).getByRole("article", { name: "Note by Student Su" })).toBeVisible();

    // Progress updates: done.
    await student.goto("/");
    await expect(student.getByTestId("assignment-row").filter({ hasText: title }).getByTestId("assignment-status")).toHaveText("done");

    // The teacher's table shows the student done, with a link to their work in context, and the gradebook downloads.
    await teacher.goto(classUrl);
    await expect(teacherRow).toContainText("1 of 1 students done");
    await teacherRow.getByRole("link", { name: title }).click();
    // The prompt's answers, side by side.
    await expect(teacher.getByRole("list", { name: "Answers to the prompt on sentence 7" })).toContainText(
      "Competence means being able to oversee the company.",
    );
    const row = teacher.getByTestId("progress-row").filter({ hasText: "Student Su" });
    await expect(row).toContainText("done");
    const work = row.getByRole("link", { name: "See Student Su's work in context" });
    await expectAccessible(teacher, "the assignment page");
    await expect(work).toHaveAttribute("href", /\?author=/);
    await teacher.getByLabel("Points per note").fill("2");
    const [download] = await Promise.all([
      teacher.waitForEvent("download"),
      teacher.getByRole("button", { name: "Download the gradebook (CSV)" }).click(),
    ]);
    const csv = await readFile((await download.path())!, "utf8");
    expect(csv).toContain("student,notes,replies,proposals,votes");
    expect(csv).toMatch(/Student Su,1,0,0,0,0,0,0,0,yes,on time,2\r\n/);

    // The link opens the reader with the notes filtered to that student.
    await work.click();
    await expect(teacher.getByRole("complementary", { name: "Notes" }).getByRole("article", { name: "Note by Student Su" })).toBeVisible();
  });
});
