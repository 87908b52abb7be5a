import "server-only";
/**
 * GET /api/documents/{slug}/readings: the pinyin and 注音 of each word of some sentences of one
 * published version, for ruby over the reader's Chinese. A document the caller may not read, or a
 * version it does not have, is 404; sentences the version does not render (or that are not this
 * document's) are simply absent from the answer. Readings depend only on the text, so they are
 * kept per text (a few hundred bytes each) and shared by every reader of every document.
 */
import type { WordReading } from "@/lib/dictionary/readings";
import { isStorableText } from "@/lib/validation/text";
import { BoundedCache } from "../../cache/bounded-cache";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { readableDocumentIdOrThrow } from "../documents/readable-document-id";
import { readWords } from "./lookup-word";

export interface SegmentReadings {
  segmentId: string;
  words: WordReading[];
}

export interface ReadingsView {
  versionId: string;
  readings: SegmentReadings[];
}

const byText = new BoundedCache<string, WordReading[]>({ maxEntries: 20_000 });

/** Readings of each text, from the cache or, for the texts not in it, in one job on the dictionary's worker. */
async function cachedReadings(texts: string[]): Promise<Map<string, WordReading[]>> {
  const found = new Map<string, WordReading[]>();
  for (const text of texts) {
    const words = byText.get(text);
    if (words) found.set(text, words);
  }
  const missing = [...new Set(texts.filter((text) => !found.has(text)))];
  if (missing.length) {
    const read = await readWords(missing);
    missing.forEach((text, i) => {
      byText.set(text, read[i]!);
      found.set(text, read[i]!);
    });
  }
  return found;
}

export async function getReadings(options: {
  userId: string | null;
  slug: string;
  version: string;
  segmentIds: string[];
}): Promise<ReadingsView> {
  if (!isStorableText(options.slug)) throw notFound("document_not_found", `Document "${options.slug}"`);
  const documentId = await readableDocumentIdOrThrow(options);
  const db = getDb();
  const version = await db.version.findFirst({ where: { id: options.version, documentId }, select: { id: true } });
  if (!version) throw notFound("version_not_found", `Version "${options.version}" of this document`);
  const rows = await db.translation.findMany({
    where: { versionId: version.id, kind: "published", segmentId: { in: options.segmentIds }, segment: { documentId } },
    select: { segmentId: true, text: true },
  });
  const bySegment = new Map(rows.map((r) => [r.segmentId, r.text]));
  const words = await cachedReadings(rows.map((r) => r.text));
  // In the order asked, so the answer reads like the request.
  const readings = options.segmentIds.flatMap((segmentId) => {
    const text = bySegment.get(segmentId);
    return text === undefined ? [] : [{ segmentId, words: words.get(text)! }];
  });
  return { versionId: version.id, readings };
}
