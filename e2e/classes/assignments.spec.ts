import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { teacherWithClass } from "../support/classes";
import { LETTER_PATH } from "../support/letter";
import { englishSentence, selectWords, waitForSignedInReader } from "../support/reader";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { segmentId } from "../support/letter";

const LETTER = "openai-letter-2023";
const paragraph = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
/** A class note on `words` of English sentence `key`, written through the API by the page's user. */
async function classNote(page: Page, classId: string, key: string, words: string, text: string): Promise<{ id: string }> {
  const sentence = letterSegments.find((s) => s.key === key)!.text;
  const at = sentence.indexOf(words);
  const target = { segmentId: segmentId(key), language: "en", selector: describeSpan(sentence, at, at + words.length) };
  const response = await page.request.post("/api/annotations", {
    data: { document: LETTER, target, body: paragraph(text), visibility: "class", classId },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as { id: string };
}
async function join(browser: import("@playwright/test").Browser, code: string, name: string) {
  const page = await (await browser.newContext()).newPage();
  await signUpAndSignIn(page, { name });
  const joined = await page.request.post("/api/classes/join", { data: { code } });
  expect(joined.status()).toBe(201);
  return { page, classId: ((await joined.json()) as { classId: string }).classId };
}

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

  test("two prompts, two students, one late: the teacher's table marks the late one and each prompt's answers sit side by side", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const { teacher, code } = await teacherWithClass(browser, `Late work ${Date.now().toString(36)}`);
    const early = await join(browser, code, "Early Ed");
    const late = await join(browser, code, "Late Lu");
    const title = `Two prompts ${Date.now().toString(36)}`;
    // Due a few seconds from now: one answers before, one after.
    const dueAt = new Date(Date.now() + 6_000);
    const set = await teacher.request.post(`/api/classes/${early.classId}/assignments`, {
      data: {
        title,
        document: LETTER,
        dueAt: dueAt.toISOString(),
        expectations: { notes: 1 },
        prompts: [
          { segmentId: segmentId("s07"), text: "What does competence mean here?" },
          { segmentId: segmentId("s09"), text: "Who is speaking?" },
        ],
        options: { latePolicy: "mark_late" },
      },
    });
    expect(set.status(), await set.text()).toBe(201);
    const { id } = (await set.json()) as { id: string };
    await classNote(early.page, early.classId, "s07", "competence", "Ability to oversee.");
    await expect.poll(() => Date.now() > dueAt.getTime() + 500, { timeout: 15_000 }).toBe(true);
    await classNote(late.page, late.classId, "s09", "carefully", "The employees.");

    await teacher.goto(`/classes/${early.classId}/assignments/${id}`);
    await expect(teacher.getByTestId("progress-row").filter({ hasText: "Early Ed" })).toContainText("done");
    await expect(teacher.getByTestId("progress-row").filter({ hasText: "Late Lu" })).toContainText("late");
    await expect(teacher.getByRole("list", { name: "Answers to the prompt on sentence 7" })).toContainText("Ability to oversee.");
    await expect(
      teacher.getByRole("list", { name: /Answers to the prompt on sentence \d+/ }).filter({ hasText: "The employees." }),
    ).toHaveCount(1);
    const progress = (await (await teacher.request.get(`/api/assignments/${id}/progress`)).json()) as {
      students: { name: string; late: boolean; done: boolean }[];
    };
    expect(progress.students.find((s) => s.name === "Early Ed")).toMatchObject({ done: true, late: false });
    expect(progress.students.find((s) => s.name === "Late Lu")).toMatchObject({ late: true });
  });

  test("“see classmates' notes after posting your own” hides a classmate's note until the student has written one", async ({ browser }) => {
    test.setTimeout(90_000);
    const { teacher, code } = await teacherWithClass(browser, `After posting ${Date.now().toString(36)}`);
    const first = await join(browser, code, "First Fay");
    const second = await join(browser, code, "Second Sam");
    const set = await teacher.request.post(`/api/classes/${first.classId}/assignments`, {
      data: {
        title: "Post first",
        document: LETTER,
        dueAt: new Date(Date.now() + 86_400_000).toISOString(),
        expectations: { notes: 1 },
        options: { classmatesAfterOwnPost: true },
      },
    });
    expect(set.status(), await set.text()).toBe(201);
    await classNote(first.page, first.classId, "s11", "also", "Fay's reading.");

    // Second Sam has written nothing: Fay's class note is not among the notes on his page.
    const panel = second.page.getByRole("complementary", { name: "Notes" });
    await second.page.goto(LETTER_PATH);
    await waitForSignedInReader(second.page);
    await second.page.getByRole("button", { name: /^Notes/ }).click();
    await expect(panel.getByRole("heading", { name: "All notes" })).toBeVisible();
    await expect(panel.getByRole("article", { name: "Note by First Fay" })).toHaveCount(0);

    // Once he has posted his own, it is.
    await classNote(second.page, second.classId, "s12", "leadership", "Sam's reading.");
    await second.page.reload();
    await waitForSignedInReader(second.page);
    await second.page.getByRole("button", { name: /^Notes/ }).click();
    await expect(panel.getByRole("article", { name: "Note by First Fay" })).toContainText("Fay's reading.");
  });
});
