/** Class helpers for journeys: a teacher in a browser context of their own, with a new class. */
import { expect, type Browser } from "@playwright/test";
import { signUpAndSignIn } from "./auth";

/** Signs a new teacher up in a fresh context, creates `className`, and returns the page, the class's address and its code. */
export async function teacherWithClass(browser: Browser, className: string, name = "Teacher Tan") {
  const teacher = await (await browser.newContext()).newPage();
  await signUpAndSignIn(teacher, { name });
  await teacher.goto("/classes");
  await teacher.getByLabel("Class name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const code = (await teacher.getByTestId("join-code").textContent())!.trim();
  return { teacher, classUrl: teacher.url(), code };
}
