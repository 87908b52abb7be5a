/**
 * Quotas (issue 14, finding 7): what one person may keep at once. Each is reached, refused with
 * 429 `quota_reached` and no Retry-After (waiting does not help: deleting does), and made room
 * for again by deleting, withdrawing or revoking one. Over HTTP against the real app on the
 * suite's PostgreSQL, with the quotas set small. Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";
const MAX = 2;

let app: AppProcess;
beforeAll(async () => {
  app = await startApp({
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "quotas-test-secret-0123456789abcdef",
    QUOTA_NOTES_PER_DOCUMENT: String(MAX),
    QUOTA_REPLIES_PER_DOCUMENT: String(MAX),
    QUOTA_PROPOSALS_PER_SENTENCE: String(MAX),
    QUOTA_SHARES_PER_USER: String(MAX),
  });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

async function expectFull(response: Response) {
  expect(response.status).toBe(429);
  expect(response.headers.get("retry-after")).toBeNull();
  expect(await response.json()).toMatchObject({ code: "quota_reached" });
}

/** Makes MAX of something, is refused one more, removes one, and may make one again. */
async function fillThenMakeRoom(make: () => Promise<Response>, remove: (id: string) => Promise<Response>) {
  const ids: string[] = [];
  for (let i = 0; i < MAX; i++) {
    const made = await make();
    expect(made.status).toBe(201);
    ids.push(((await made.json()) as { id: string }).id);
  }
  await expectFull(await make());
  expect((await remove(ids[0]!)).status).toBe(204);
  expect((await make()).status).toBe(201);
  await expectFull(await make());
}

describe("quotas", () => {
  let reader: HttpUser;
  beforeAll(async () => {
    reader = await signUp(app.baseUrl, "Quota reader");
  });
  const writeNote = () =>
    reader.send("POST", "/api/annotations", {
      document: SLUG,
      target: englishTarget("s07", "competence"),
      body: note("Mine"),
      visibility: "private",
    });

  it("notes on a document: a deleted note makes room", async () => {
    await fillThenMakeRoom(writeNote, (id) => reader.send("DELETE", `/api/annotations/${id}`));
  });

  it("replies on a document: a deleted reply makes room", async () => {
    const writer = await signUp(app.baseUrl, "Quota writer");
    const thread = await writer.send("POST", "/api/annotations", {
      document: SLUG,
      target: englishTarget("s08", "swiftly"),
      body: note("Discuss"),
      visibility: "public",
    });
    const { id } = (await thread.json()) as { id: string };
    await fillThenMakeRoom(
      () => reader.send("POST", `/api/annotations/${id}/replies`, { body: note("A reply") }),
      (replyId) => reader.send("DELETE", `/api/annotations/${id}/replies/${replyId}`),
    );
  });

  it("proposals for a sentence: a withdrawn proposal makes room", async () => {
    let n = 0;
    await fillThenMakeRoom(
      () => reader.send("POST", "/api/translations", { segmentId: `${SLUG}-s05`, text: `我的譯法 ${++n}` }),
      (id) => reader.send("DELETE", `/api/translations/${id}`),
    );
  });

  it("share links: a revoked link makes room", async () => {
    await fillThenMakeRoom(
      () => reader.send("POST", "/api/shares", { document: SLUG, annotationIds: [] }),
      (id) => reader.send("DELETE", `/api/shares/${id}`),
    );
  });
});
