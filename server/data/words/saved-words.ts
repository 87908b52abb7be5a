import "server-only";
/**
 * My words: the words a reader saved from the dictionary card, each with its sentence. Only the
 * reader sees, lists, exports or removes them; anyone else's id answers 404.
 */
import type { SaveWordInput } from "@/lib/validation/words";
import { getDb } from "../../db";
import { notFound } from "../../http/errors";
import { requireWordRoom } from "../limits/write-limits";

export interface SavedWordView {
  id: string;
  word: string;
  reading: string;
  meaning: string;
  sentence: string;
  source: string;
  createdAt: string;
}

const view = (w: { createdAt: Date } & Omit<SavedWordView, "createdAt">): SavedWordView => ({
  id: w.id,
  word: w.word,
  reading: w.reading,
  meaning: w.meaning,
  sentence: w.sentence,
  source: w.source,
  createdAt: w.createdAt.toISOString(),
});

export async function saveWord(options: { userId: string; input: SaveWordInput }): Promise<SavedWordView> {
  await requireWordRoom(options.userId);
  const { word, reading, meaning, sentence, source } = options.input;
  const row = await getDb().savedWord.create({ data: { userId: options.userId, word: word.trim(), reading, meaning, sentence, source } });
  return view(row);
}

/** Newest first. */
export async function listSavedWords(options: { userId: string; page?: { skip: number; take: number } }): Promise<SavedWordView[]> {
  const rows = await getDb().savedWord.findMany({
    where: { userId: options.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: options.page?.skip ?? 0,
    take: options.page?.take ?? 200,
  });
  return rows.map(view);
}

export async function deleteSavedWord(options: { userId: string; id: string }): Promise<void> {
  const { count } = await getDb().savedWord.deleteMany({ where: { id: options.id, userId: options.userId } });
  if (count === 0) throw notFound("saved_word_not_found", "This saved word");
}
