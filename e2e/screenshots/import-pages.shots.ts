// Screenshots for looking at the import pages by eye: `npm run screenshots` (not part of `npm test`).
import { test } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";

test("screenshots", async ({ page }) => {
  await signUpAndSignIn(page, { name: "Shots" });
  const en = "Dear Mr. Lee,\n\nWe read your letter on Jan. 5. It was long. We liked it.\n\nSincerely,\nRoom 12";
  const zh = "親愛的李先生：\n\n我們在1月5日讀了您的信,它很長.我們很喜歡。\n\n此致\n12班";
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/import");
    await page.getByLabel("Title").fill("Letter to Mr. Lee");
    await page.getByLabel("English text").fill(en);
    await page.getByLabel("Chinese text 中文譯文").fill(zh);
    await page.screenshot({ path: `/tmp/shots/import-${width}.png`, fullPage: true });
    await page.getByRole("button", { name: "Align" }).click();
    await page.waitForURL(/\/align$/);
    await page.getByRole("button", { name: "Publish" }).waitFor();
    await page.screenshot({ path: `/tmp/shots/align-${width}.png`, fullPage: true });
  }
  const text = "OpenAI is the world’s leading AI company.";
  const start = text.indexOf("leading");
  await page.request.post("/api/annotations", {
    data: {
      document: "openai-letter-2023",
      target: {
        segmentId: "openai-letter-2023-s01",
        language: "en",
        selector: { exact: "leading", prefix: text.slice(0, start), suffix: text.slice(start + 7), start, end: start + 7 },
      },
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Leading by what measure?" }] }] },
      visibility: "private",
    },
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/documents/openai-letter-2023");
  await page.getByRole("button", { name: "1 note on this sentence" }).waitFor();
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `/tmp/shots/print-letter.png` });
});
