/** Reader helpers for journeys: locate sentences, select words the way a person does. */
import type { Page } from "@playwright/test";
import { segmentId } from "./letter";

export const englishSentence = (page: Page, key: string) => page.locator(`.sentence[lang="en"][data-segment-id="${segmentId(key)}"]`);
export const chineseSentence = (page: Page, key: string) =>
  page.locator(`.sentence[lang="zh-Hant"][data-segment-id="${segmentId(key)}"]:visible`);

/** Selects `words` in a sentence by dragging the mouse across them. */
export async function selectWords(page: Page, sentence: ReturnType<typeof englishSentence>, words: string) {
  await sentence.scrollIntoViewIfNeeded();
  const box = await sentence.evaluate((element, w) => {
    // The sentence's text nodes (several when ruby is on: the words sit in <ruby>, whose <rt> hold no text).
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const point = (offset: number) => {
      for (const node of nodes) {
        if (offset < node.length) return { node, offset };
        offset -= node.length;
      }
      throw new Error("past the end");
    };
    const at = element.textContent!.indexOf(w);
    if (at < 0) throw new Error(`"${w}" is not in "${element.textContent}"`);
    // The first and the last character's boxes (a range over several <ruby> would also measure their readings).
    const charRect = (offset: number) => {
      const { node, offset: i } = point(offset);
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      return range.getBoundingClientRect();
    };
    const first = charRect(at);
    const last = charRect(at + w.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

/** How many ranges the page paints for a highlight colour (CSS Custom Highlight API). */
export const paintedRanges = (page: Page, color: string) =>
  page.evaluate((c) => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`note-${c}`)?.size ?? 0, color);

/** Waits until the reader knows the session (its margin offers "+" only to signed-in readers). */
export async function waitForSignedInReader(page: Page) {
  await page.getByRole("button", { name: "Write a note on this sentence" }).first().waitFor({ state: "attached" });
}

/** A sentence's note count in its margin ("1 note on this sentence"): scoped to that sentence, since others' public notes count elsewhere. */
export const noteCount = (page: Page, key: string, count: number) =>
  page
    .locator(`[data-margin="${segmentId(key)}"]`)
    .getByRole("button", { name: `${count} ${count === 1 ? "note" : "notes"} on this sentence`, exact: true });

/** The middle of `word` in the sentence element matching `sentence`, in page coordinates: where a reader points at it. */
export async function wordCentre(page: Page, sentence: string, word: string) {
  return page.locator(sentence).evaluate((el, word) => {
    const node = [...el.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(word))!;
    const range = document.createRange();
    const at = node.textContent!.indexOf(word);
    range.setStart(node, at);
    range.setEnd(node, at + word.length);
    const rect = range.getBoundingClientRect();
    return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
  }, word);
}
