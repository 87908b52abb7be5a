/**
 * Notes that arrive live are marked new and counted until seen (issue 16): a dot on the sentence's
 * count, "1 new" on the Notes button, a "New" badge on the card, all gone once the reader has
 * looked at the card; a reply arriving later marks the note new again.
 */
import { expect, test, type Page } from "@playwright/test";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { signUpAndSignIn } from "../support/auth";
import { teacherWithClass } from "../support/classes";
import { segmentId } from "../support/letter";
import { noteCount, waitForSignedInReader } from "../support/reader";

const paragraph = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const notesPanel = (page: Page) => page.getByRole("complementary", { name: "Notes" });

test("a classmate's note arriving live is marked new until the reader has seen it, and a later reply marks it again", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const { teacher, code } = await teacherWithClass(browser, `Live news ${Date.now().toString(36)}`);
  const student = await (await browser.newContext()).newPage();
  await signUpAndSignIn(student, { name: "Student Sun" });
  const joined = await student.request.post("/api/classes/join", { data: { code } });
  expect(joined.status()).toBe(201);
  const { classId } = (await joined.json()) as { classId: string };

  await teacher.goto("/documents/openai-letter-2023");
  await waitForSignedInReader(teacher);
  const notesButton = teacher.getByRole("button", { name: /^Notes/ });
  await expect(notesButton).not.toContainText("new");

  // The student writes a class note on sentence 12 while the teacher's page is open.
  const text = letterSegments.find((s) => s.key === "s12")!.text;
  const word = text.split(" ").find((w) => /^[a-z]{5,}$/i.test(w))!;
  const at = text.indexOf(word);
  const written = await student.request.post("/api/annotations", {
    data: {
      document: "openai-letter-2023",
      target: { segmentId: segmentId("s12"), language: "en", selector: describeSpan(text, at, at + word.length) },
      body: paragraph("Arrived while you were reading."),
      visibility: "class",
      classId,
    },
  });
  expect(written.status()).toBe(201);
  const { id } = (await written.json()) as { id: string };

  const count = noteCount(teacher, "s12", 1);
  await expect(count).toHaveAttribute("data-unseen", "true", { timeout: 15_000 });
  await expect(count).toHaveAccessibleDescription("1 new");
  await expect(notesButton).toContainText("1 new");

  // Opening the sentence's notes shows the card as new; after a moment on screen it is seen.
  await count.click();
  const card = notesPanel(teacher).getByRole("article", { name: "Note by Student Sun" });
  await expect(card.getByText("New", { exact: true })).toBeVisible();
  await expect(card.getByText("New", { exact: true })).toHaveCount(0, { timeout: 5_000 });
  await expect(count).not.toHaveAttribute("data-unseen");
  await expect(notesButton).not.toContainText("new");
  await teacher.keyboard.press("Escape");
  await expect(notesPanel(teacher)).toHaveCount(0);

  // A reply arriving later makes the note news again, and is announced.
  const replied = await student.request.post(`/api/annotations/${id}/replies`, { data: { body: paragraph("And a reply.") } });
  expect(replied.status()).toBe(201);
  await expect(count).toHaveAttribute("data-unseen", "true", { timeout: 15_000 });
  await expect(teacher.getByRole("status").filter({ hasText: "New reply by Student Sun on sentence" })).toBeAttached();
  await count.click();
  await expect(count).not.toHaveAttribute("data-unseen", { timeout: 5_000 });
});
