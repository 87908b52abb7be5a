/**
 * My words on the real database: save with the sentence, list newest first a page at a time,
 * remove; another reader neither sees nor removes them (404 `saved_word_not_found`); the quota
 * refuses one more with 429 `quota_reached`; zod refuses a blank or too long word.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { saveWordSchema } from "../../lib/validation/words";
import { HttpError } from "../../server/http/errors";
import { deleteSavedWord, listSavedWords, saveWord } from "../../server/data/words/saved-words";
import { createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());
afterEach(() => {
  delete process.env.QUOTA_WORDS_PER_USER;
});

let alice: { id: string };
let bob: { id: string };
beforeAll(async () => {
  alice = await createUser(db, "Alice");
  bob = await createUser(db, "Bob");
});

const input = (word: string) =>
  saveWordSchema.parse({ word, reading: "jiān dū", meaning: "to supervise", sentence: "你沒有能力監督 OpenAI。", source: "/documents/x" });

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: unknown }> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HttpError);
  return { status: (error as HttpError).status, code: (error as HttpError).details.code };
}

describe("My words", () => {
  it("saves a word with its sentence, lists newest first by pages, and removes it", async () => {
    const first = await saveWord({ userId: alice.id, input: input("監督") });
    const second = await saveWord({ userId: alice.id, input: input("能力") });
    expect(first).toMatchObject({ word: "監督", reading: "jiān dū", meaning: "to supervise", sentence: "你沒有能力監督 OpenAI。" });

    expect((await listSavedWords({ userId: alice.id })).map((w) => w.word)).toEqual(["能力", "監督"]);
    expect((await listSavedWords({ userId: alice.id, page: { skip: 1, take: 1 } })).map((w) => w.id)).toEqual([first.id]);
    expect(await listSavedWords({ userId: bob.id })).toEqual([]);

    expect(await refusal(deleteSavedWord({ userId: bob.id, id: second.id }))).toEqual({ status: 404, code: "saved_word_not_found" });
    await deleteSavedWord({ userId: alice.id, id: second.id });
    expect((await listSavedWords({ userId: alice.id })).map((w) => w.word)).toEqual(["監督"]);
    expect(await refusal(deleteSavedWord({ userId: alice.id, id: second.id }))).toEqual({ status: 404, code: "saved_word_not_found" });
  });

  it("refuses a word past the quota, and a blank or too long word", async () => {
    const carol = await createUser(db, "Carol");
    process.env.QUOTA_WORDS_PER_USER = "2";
    await saveWord({ userId: carol.id, input: input("一") });
    await saveWord({ userId: carol.id, input: input("二") });
    expect(await refusal(saveWord({ userId: carol.id, input: input("三") }))).toEqual({ status: 429, code: "quota_reached" });
    expect(saveWordSchema.safeParse({ word: "  " }).success).toBe(false);
    expect(saveWordSchema.safeParse({ word: "字".repeat(33) }).success).toBe(false);
    expect(saveWordSchema.safeParse({ word: "字", source: "https://evil.example" }).success).toBe(false);
  });
});
