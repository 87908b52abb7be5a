/**
 * Co-teachers (issue 16.3): a teacher promotes a student, who then has the teacher's tools on the
 * class page; opens a student's notes on a text from the members table; and the members table is
 * usable on a 390 px phone (no sideways scrolling, every member's actions on screen).
 */
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { teacherWithClass } from "../support/classes";

async function studentJoins(browser: Browser, code: string, name: string): Promise<Page> {
  const student = await (await browser.newContext()).newPage();
  await signUpAndSignIn(student, { name });
  await student.goto(`/classes?code=${encodeURIComponent(code)}`);
  await student.getByRole("button", { name: "Join class" }).click();
  await expect(student.getByRole("heading", { level: 1 })).not.toHaveText("Classes");
  return student;
}

test.describe("co-teachers", () => {
  test("a teacher promotes a student to co-teacher, who then sees the teacher's tools; a student's notes open from the members table", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const className = `Co-teaching ${Date.now().toString(36)}`;
    const { teacher, classUrl, code } = await teacherWithClass(browser, className);
    const student = await studentJoins(browser, code, "Student Shu");
    await student.goto(classUrl);
    // A student sees neither the join code nor the teacher's controls.
    await expect(student.getByTestId("join-code")).toHaveCount(0);
    await expect(student.getByRole("button", { name: /^Make .* a teacher/ })).toHaveCount(0);

    await teacher.reload();
    const members = teacher.getByRole("region", { name: /^Members/ }).first();
    // The student's notes on a text: the reader filtered to them (the link the assignment table uses too).
    const notes = members.getByRole("link", { name: /^Student Shu's notes on / });
    await expect(notes).toHaveAttribute("href", /\?author=/);
    await notes.click();
    await expect(teacher).toHaveURL(/\?author=/);

    await teacher.goto(classUrl);
    await teacher.getByRole("button", { name: "Make Student Shu a teacher of this class" }).click();
    await expect(teacher.getByRole("row", { name: /Student Shu/ }).getByRole("cell", { name: "teacher", exact: true })).toBeVisible();

    // The co-teacher now has the teacher's tools: the join code, role controls, the exports.
    await student.reload();
    await expect(student.getByTestId("join-code")).toHaveText(code);
    await expect(student.getByRole("button", { name: "Make Teacher Tan a student in this class" })).toBeVisible();
    await expect(student.getByRole("link", { name: "CSV (spreadsheet)" })).toBeVisible();
    await expect(student.getByText("Set an assignment")).toBeVisible();

    // The co-teacher hands the class over back to the first teacher and becomes a student again.
    student.once("dialog", (dialog) => void dialog.accept());
    await student.getByRole("button", { name: "Hand the class over to Teacher Tan" }).click();
    await expect(student.getByTestId("join-code")).toHaveCount(0);
    await expect(student.getByText("You are a student in this class.")).toBeVisible();
  });

  test("the members table fits a 390 px phone: no sideways scrolling, every member's actions on screen", async ({ browser }) => {
    test.setTimeout(90_000);
    const { teacher, classUrl, code } = await teacherWithClass(browser, `Phone ${Date.now().toString(36)}`);
    await studentJoins(browser, code, "Student Ana Longname-Fernández");
    await studentJoins(browser, code, "Student Bo");
    await teacher.setViewportSize({ width: 390, height: 844 });
    await teacher.goto(classUrl);
    const members = teacher.getByRole("region", { name: /^Members/ }).first();
    await expect(members.getByText("Student Bo", { exact: true })).toBeVisible();
    const overflow = await teacher.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      table: [...document.querySelectorAll<HTMLElement>(".class-table-scroll")].map((el) => el.scrollWidth - el.clientWidth)[0] ?? 0,
    }));
    expect(overflow).toEqual({ page: 0, table: 0 });
    for (const name of ["Student Ana Longname-Fernández", "Student Bo"]) {
      for (const control of [
        members.getByRole("button", { name: `Make ${name} a teacher of this class` }),
        members.getByRole("button", { name: `Hand the class over to ${name}` }),
        members.getByRole("button", { name: `Remove ${name}` }),
        members.getByRole("link", { name: new RegExp(`^${name}'s notes on `) }),
      ]) {
        await control.scrollIntoViewIfNeeded();
        const box = (await control.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(390);
      }
    }
  });
});
