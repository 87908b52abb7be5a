/**
 * The inbox stream against the real database (issue 16.2): an open inbox hears `inbox` once it is
 * listening and again when its user gets a notification (on commit); another user's stream
 * hears nothing about it; a closed stream gives its place back.
 */
import { afterAll, describe, expect, it } from "vitest";
import { createAnnotationSchema } from "../../lib/validation/annotation";
import { createAnnotation } from "../../server/data/annotations/create-annotation";
import { createReply } from "../../server/data/annotations/create-reply";
import { inboxEventStream } from "../../server/live/inbox-event-stream";
import { createUser, englishTarget, note } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

/** Opens a user's inbox stream and counts the `inbox` events it sends. */
function openInbox(userId: string) {
  const abort = new AbortController();
  let closed = 0;
  const reader = inboxEventStream({ userId, signal: abort.signal, onClose: () => closed++ }).getReader();
  const decoder = new TextDecoder();
  let text = "";
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      text += decoder.decode(value);
    }
  })();
  const count = () => text.split("event: inbox\n").length - 1;
  return { count, close: async () => (abort.abort(), await pump, closed) };
}

async function until(check: () => boolean, ms = 5_000) {
  const end = Date.now() + ms;
  while (!check() && Date.now() < end) await new Promise((r) => setTimeout(r, 25));
  return check();
}

describe("the inbox stream", () => {
  it("tells the note's author about a reply at once, and nobody else", async () => {
    const author = await createUser(db, "Author");
    const replier = await createUser(db, "Replier");
    // A public note on the letter, as the API would store it.
    const target = englishTarget("s07", "competence");
    const input = createAnnotationSchema.parse({ document: "openai-letter-2023", target, visibility: "public", body: note("Live?") });
    const { id } = (await createAnnotation({ userId: author.id, input })).body as { id: string };
    const authorInbox = openInbox(author.id);
    const replierInbox = openInbox(replier.id);
    // Each says `inbox` once on connecting (read what came before) ...
    expect(await until(() => authorInbox.count() === 1 && replierInbox.count() === 1)).toBe(true);
    await createReply({ userId: replier.id, annotationId: id, body: note("Yes.") });
    // ... and the author's again for the reply; the one replying hears nothing.
    expect(await until(() => authorInbox.count() === 2)).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    expect(replierInbox.count()).toBe(1);
    expect(await authorInbox.close()).toBe(1);
    expect(await replierInbox.close()).toBe(1);
  });
});
