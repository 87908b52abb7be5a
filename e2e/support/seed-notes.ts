/** Seeds what the accessibility checks need through the API: a note, a class, a share link. */
import type { Page } from "@playwright/test";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { segmentId } from "./letter";

const LETTER = "openai-letter-2023";

/** A private note on `words` of English sentence `key`, written by the page's signed-in user. */
export async function seedNote(page: Page, key = "s07", words = "competence"): Promise<{ id: string }> {
  const text = letterSegments.find((s) => s.key === key)!.text;
  const at = text.indexOf(words);
  const target = { segmentId: segmentId(key), language: "en", selector: describeSpan(text, at, at + words.length) };
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A seeded note." }] }] };
  const response = await page.request.post("/api/annotations", { data: { document: LETTER, target, body, visibility: "private" } });
  if (response.status() !== 201) throw new Error(`Seeding a note failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string };
}

export async function seedClass(page: Page, name = `Class ${Date.now().toString(36)}`): Promise<{ id: string; joinCode: string }> {
  const response = await page.request.post("/api/classes", { data: { name } });
  if (response.status() !== 201) throw new Error(`Seeding a class failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { id: string; joinCode: string };
}

/** A link to the user's own notes; seedNote's are private, so the link includes private notes on purpose. */
export async function seedShare(page: Page, annotationIds: string[]): Promise<{ url: string }> {
  const response = await page.request.post("/api/shares", { data: { document: LETTER, annotationIds, includePrivate: true } });
  if (response.status() !== 201) throw new Error(`Seeding a share link failed: ${response.status()} ${await response.text()}`);
  return (await response.json()) as { url: string };
}
