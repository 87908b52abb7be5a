/**
 * A long text (more than LONG_TEXT_SENTENCES): its page holds only the first screens' rows and the
 * browser fills in the rest before the layers start (components/reader/reader-paragraphs.tsx).
 * A reader must not be able to tell: every sentence is there, a note far down is painted and
 * counted, and the keys reach the last sentence. Without JavaScript the page says what it shows.
 */
import { expect, test } from "@playwright/test";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { LONG_TEXT_SENTENCES } from "../../components/reader-contract";
import { signUpAndSignIn } from "../support/auth";
import { paintedRanges } from "../support/reader";

const PARAGRAPHS = 40;
const PER_PARAGRAPH = 5;
const SENTENCES = PARAGRAPHS * PER_PARAGRAPH;

const numbers = (p: number, s: number) => ({ part: p + 1, line: s + 1, harbour: p * PER_PARAGRAPH + s + 1 });
const englishOf = (p: number, s: number) => {
  const { part, line, harbour } = numbers(p, s);
  return `In part ${part}, line ${line} tells of harbour ${harbour}.`;
};
const chineseOf = (p: number, s: number) => {
  const { part, line, harbour } = numbers(p, s);
  return `第${part}部分第${line}行講到${harbour}號港口。`;
};
const letterOf = (sentence: (p: number, s: number) => string, join: string) =>
  Array.from({ length: PARAGRAPHS }, (_, p) => Array.from({ length: PER_PARAGRAPH }, (_, s) => sentence(p, s)).join(join)).join("\n\n");

test("a long text reads as a whole: every sentence, a far note painted and counted, the keys to the end", async ({ page, browser }) => {
  test.setTimeout(90_000);
  expect(SENTENCES).toBeGreaterThan(LONG_TEXT_SENTENCES);
  await signUpAndSignIn(page, { name: "Harbour master" });
  const imported = await page.request.post("/api/documents", {
    data: {
      title: `Two hundred harbours ${Date.now().toString(36)}`,
      en: letterOf(englishOf, " "),
      zh: letterOf(chineseOf, ""),
      visibility: "public",
    },
  });
  expect(imported.status()).toBe(201);
  const { slug, rows: count } = (await imported.json()) as { slug: string; rows: number };
  expect(count).toBe(SENTENCES);
  const { rows } = (await (await page.request.get(`/api/documents/${slug}/alignment`)).json()) as { rows: unknown[] };
  const published = await page.request.put(`/api/documents/${slug}/alignment`, { data: { rows, publish: true } });
  expect(published.status()).toBe(200);

  // A note on a sentence near the end, far below the rows the page's HTML holds.
  const { segments } = (await (await page.request.get(`/api/documents/${slug}`)).json()) as { segments: { id: string; text: string }[] };
  const far = segments.at(-8)!;
  const at = far.text.indexOf("harbour");
  const note = await page.request.post("/api/annotations", {
    data: {
      document: slug,
      target: { segmentId: far.id, language: "en", selector: describeSpan(far.text, at, at + "harbour".length) },
      body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Far down the coast." }] }] },
      visibility: "private",
    },
  });
  expect(note.status()).toBe(201);

  // As HTML, before any script: the first screens, and a word on where the rest is.
  const html = await (await page.request.get(`/documents/${slug}`)).text();
  const rowsInHtml = html.match(/data-pair="/g)?.length ?? 0;
  expect(rowsInHtml).toBeGreaterThan(20);
  expect(rowsInHtml).toBeLessThan(SENTENCES);
  expect(html).toContain(`Without JavaScript this page shows the first ${rowsInHtml} of the text's ${SENTENCES} sentences.`);
  // In a browser without scripts the notice follows the last row shown, with no room kept for the others.
  const noScripts = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScripts.newPage();
  await plain.goto(`/documents/${slug}`);
  // (Playwright's text and role locators do not look inside <noscript>; a browser without scripts shows it.)
  const notice = plain.locator(".reader-noscript");
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(`the first ${rowsInHtml} of the text's ${SENTENCES} sentences`);
  const lastShown = (await plain.locator("[data-pair]").last().boundingBox())!;
  expect((await notice.boundingBox())!.y - (lastShown.y + lastShown.height)).toBeLessThan(200);
  await expect(notice.locator("a")).toHaveAttribute("href", `/api/documents/${slug}/export.md`);
  await noScripts.close();

  await page.goto(`/documents/${slug}`);
  const reader = page.locator("[data-reader-text]");
  await expect(reader.locator("[data-pair]")).toHaveCount(SENTENCES);
  await expect(reader.locator(".paragraph")).toHaveCount(PARAGRAPHS);
  await expect(page.getByText(englishOf(PARAGRAPHS - 1, PER_PARAGRAPH - 1))).toBeAttached();
  // Find in page needs the text in the document, not drawn on demand.
  expect(await page.evaluate(() => document.body.textContent!.includes("第40部分第5行講到200號港口。"))).toBe(true);

  const farSentence = reader.locator(`.sentence[lang="en"][data-segment-id="${far.id}"]`);
  await farSentence.scrollIntoViewIfNeeded();
  await expect.poll(() => paintedRanges(page, "yellow")).toBe(1);
  await expect(
    page.locator(`[data-margin="${far.id}"]`).getByRole("button", { name: "1 note on this sentence", exact: true }),
  ).toBeVisible();

  // The keys walk the rows the browser filled in: End goes to the last sentence.
  await reader.locator('.sentence[tabindex="0"]').focus();
  await page.keyboard.press("End");
  await expect(page.locator(":focus")).toHaveText(englishOf(PARAGRAPHS - 1, PER_PARAGRAPH - 1));
});
