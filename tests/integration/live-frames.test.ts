/**
 * Issue 19's school-scale live step: an event's text is serialised once for every reader whose
 * copy is the same (`frameFor`), and the sessions of many open streams are read back in one
 * statement (`sessionAccount`). Neither may change what a reader gets: the note's author and a
 * reply's author still get their own copy (`mine`), every other entitled reader the shared one,
 * and each frame says what messageFor() decides for that reader. The streams' synchronous path
 * (`frameNow`) answers what frameFor() answers, or leaves the reader to it.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { frameFor, frameNow, messageFor, readEventFacts, type StoredLiveEvent } from "../../server/live/authorise-live-event";
import {
  cachedSessionAccount,
  forgetSessionAccount,
  refreshWatchedSessionAccounts,
  sessionAccount,
  sessionAccountChanges,
  watchSessionAccount,
} from "../../server/data/users/session-account";
import { createClassWith, createUser } from "../support/annotation-fixtures";
import { connectTestDatabase } from "../support/database";

const { db } = connectTestDatabase();
afterAll(() => db.$disconnect());

const users = {} as Record<"teacher" | "author" | "replier" | "classmate" | "stranger", { id: string; email: string }>;
let event: StoredLiveEvent;

beforeAll(async () => {
  for (const name of ["teacher", "author", "replier", "classmate", "stranger"] as const) users[name] = await createUser(db, name);
  const classId = await createClassWith(db, "Frames", users.teacher, [users.author, users.replier, users.classmate]);
  const document = await db.document.findUniqueOrThrow({ where: { slug: "openai-letter-2023" } });
  const note = await db.annotation.create({ data: { documentId: document.id, authorId: users.author.id, visibility: "class", classId } });
  await db.reply.create({ data: { annotationId: note.id, authorId: users.replier.id, body: {}, bodyText: "A reply" } });
  const row = await db.liveEvent.create({
    data: { documentId: document.id, kind: "annotation.created", annotationId: note.id, payload: {} },
  });
  event = { ...row, payload: {} };
});

const decode = (frame: Uint8Array | null) => (frame ? new TextDecoder().decode(frame) : null);

it("sends the note's and the reply's authors their own copy, every other entitled reader one shared copy, and a stranger nothing", async () => {
  const facts = await readEventFacts(event);
  const frames = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([name, user]) => [name, await frameFor(user.id, facts)] as const)),
  );
  expect(frames.stranger).toBeNull();
  expect(frames.teacher).toBe(frames.classmate); // the same bytes, serialised once
  for (const [name, user] of Object.entries(users)) {
    const message = await messageFor(user.id, facts);
    const expected = message && `id: ${event.id}\nevent: ${message.event}\ndata: ${JSON.stringify(message.data)}\n\n`;
    expect(decode(frames[name]!), name).toBe(expected);
  }
  const view = (name: string) => JSON.parse(decode(frames[name]!)!.split("data: ")[1]!) as { mine: boolean; replies: { mine: boolean }[] };
  expect([view("author").mine, view("author").replies[0]!.mine]).toEqual([true, false]);
  expect([view("replier").mine, view("replier").replies[0]!.mine]).toEqual([false, true]);
  expect([view("classmate").mine, view("classmate").replies[0]!.mine]).toEqual([false, false]);
});

it("reads the sessions asked for at one moment together, each answer its own account's", async () => {
  const [teacher, author, again, gone] = await Promise.all([
    sessionAccount(users.teacher.id),
    sessionAccount(users.author.id),
    sessionAccount(users.teacher.id),
    sessionAccount("no-such-user"),
  ]);
  expect(teacher?.email).toBe(users.teacher.email);
  expect(author?.email).toBe(users.author.email);
  expect(again).toEqual(teacher);
  expect(gone).toBeNull();
});

it("decides without waiting what frameFor decides (the note's class read with its facts), and leaves the writers to frameFor", async () => {
  const facts = await readEventFacts(event);
  const decidedAtOnce = frameNow(users.classmate.id, facts);
  const frames = Object.fromEntries(
    await Promise.all(Object.entries(users).map(async ([name, user]) => [name, await frameFor(user.id, facts)] as const)),
  );
  expect(decidedAtOnce).toBe(frames.classmate);
  expect(frameNow(users.author.id, facts)).toBeUndefined(); // their own copy says `mine`
  expect(frameNow(users.replier.id, facts)).toBeUndefined();
  for (const name of ["teacher", "classmate", "stranger"] as const) expect(frameNow(users[name].id, facts), name).toBe(frames[name]);
  expect(frameNow(null, facts)).toBeNull(); // signed out: a class note is nobody's business
});

it("keeps a watched account's session facts cached, read again together, and never puts back facts forgotten meanwhile", async () => {
  const unwatch = watchSessionAccount(users.stranger.id);
  try {
    forgetSessionAccount(users.stranger.id);
    await refreshWatchedSessionAccounts();
    expect(cachedSessionAccount(users.stranger.id)?.email).toBe(users.stranger.email);
    // A password change bumps sessionVersion; the next refresh brings it, though nobody forgot the account here.
    const before = sessionAccountChanges();
    await refreshWatchedSessionAccounts();
    expect(sessionAccountChanges()).toBe(before); // nothing changed: what confirmed a session still does
    await db.user.update({ where: { id: users.stranger.id }, data: { sessionVersion: { increment: 1 } } });
    await refreshWatchedSessionAccounts();
    expect(cachedSessionAccount(users.stranger.id)?.sessionVersion).toBe(1);
    expect(sessionAccountChanges()).toBeGreaterThan(before); // streams must ask again
    // Forgotten while a refresh reads: what that read found is older than the change, so it is not cached.
    const refreshing = refreshWatchedSessionAccounts();
    const beforeForget = sessionAccountChanges();
    forgetSessionAccount(users.stranger.id);
    expect(sessionAccountChanges()).toBeGreaterThan(beforeForget);
    await refreshing;
    expect(cachedSessionAccount(users.stranger.id)).toBeUndefined();
  } finally {
    unwatch();
  }
});
