/**
 * Sessions and class membership are checked again after the moment they were first checked
 * (issue 14, finding 10), against the running app (`npm start`; needs a build):
 * - a copied session cookie stops receiving a class's notes on an open event stream once the
 *   password changed (checked on each event) or its owner signed out (checked every 30 s);
 * - a signed-out session's copied cookie is refused (401) by the API;
 * - someone removed from a class can no longer edit their class notes, reply, vote or edit a
 *   proposal there (403), though they can still take their note out of the class.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, readEvents, signUp, type SseEvent } from "../support/http-user";
import { segmentId } from "../../prisma/seed/openai-letter";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";

let app: AppProcess;
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "session-rechecks-secret-0123456789abcdef" });
  // Every test joins classes from 127.0.0.1; wrong codes other files tried from there must not count here.
  await db.rateLimitEvent.deleteMany({ where: { bucket: "class-join" } });
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

let counter = 0;
/** A user whose password the test knows, signed in through next-auth as a browser is. */
async function signUpWithPassword(name: string): Promise<{ user: HttpUser; email: string; password: string }> {
  counter += 1;
  const user = new HttpUser(app.baseUrl);
  const email = `${name.toLowerCase().replace(/\W+/g, "-")}-${Date.now()}-${counter}@example.test`;
  const password = `the password of ${name} ${counter}`;
  const registered = await user.send("POST", "/api/register", { email, password, name });
  expect(registered.status).toBe(201);
  user.id = ((await registered.json()) as { id: string }).id;
  const { csrfToken } = (await (await user.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await user.fetch("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: "/", json: "true" }).toString(),
  });
  expect([...user.cookies.keys()].some((k) => k.includes("session-token"))).toBe(true);
  return { user, email, password };
}

async function signOut(user: HttpUser): Promise<void> {
  const { csrfToken } = (await (await user.fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await user.fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }).toString(),
  });
  expect(response.status).toBeLessThan(400);
}

async function post<T>(who: HttpUser, path: string, body: unknown, status = 201): Promise<T> {
  const response = await who.send("POST", path, body);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
  return (await response.json()) as T;
}

async function classWith(teacher: HttpUser, ...students: HttpUser[]) {
  const klass = await post<{ id: string; joinCode: string }>(teacher, "/api/classes", { name: `Recheck ${Date.now()}` });
  for (const student of students) await post(student, "/api/classes/join", { code: klass.joinCode });
  return klass;
}

const classNote = (who: HttpUser, classId: string, text: string) =>
  post<{ id: string; version: number }>(who, "/api/annotations", {
    document: SLUG,
    target: englishTarget("s07", "competence"),
    body: note(text),
    visibility: "class",
    classId,
  });

const noteIds = (events: SseEvent[]) => events.filter((e) => e.event === "annotation").map((e) => (e.data as { id: string }).id);

describe("a copied session cookie on an open event stream", () => {
  it("stops receiving the class's notes once the password changed", async () => {
    const teacher = await signUp(app.baseUrl, "Teacher");
    const { user: student, password } = await signUpWithPassword("Student");
    const klass = await classWith(teacher, student);
    expect(await db.membership.count({ where: { classId: klass.id, userId: student.id } })).toBe(1);
    const copy = student.on(app.baseUrl);

    // Control: the copy does receive class notes while the session holds.
    let before = "";
    const seen = await readEvents(copy, SLUG, {
      timeoutMs: 15_000,
      onOpen: async () => void (before = (await classNote(teacher, klass.id, "Seen by the class")).id),
      until: (events) => noteIds(events).includes(before),
    });
    expect(noteIds(seen.events)).toContain(before);

    let after = "";
    const stream = await readEvents(copy, SLUG, {
      timeoutMs: 15_000,
      onOpen: async () => {
        const changed = await student.send("POST", "/api/account/password", {
          currentPassword: password,
          newPassword: "a completely new secret 42",
        });
        expect(changed.status, await changed.clone().text()).toBe(200);
        after = (await classNote(teacher, klass.id, "After the password changed")).id;
      },
      until: (events) => events.some((e) => e.event === "session-ended") || noteIds(events).includes(after),
    });
    expect(after).not.toBe("");
    expect(noteIds(stream.events)).not.toContain(after);
    expect(stream.events.map((e) => e.event)).toContain("session-ended");
    // And the copy is no session for the API either.
    expect((await copy.fetch("/api/shares")).status).toBe(401);
  });

  it("stops receiving them within 30 s of its owner signing out, and the copy is refused by the API", async () => {
    const teacher = await signUp(app.baseUrl, "Teacher");
    const { user: student } = await signUpWithPassword("Student");
    const klass = await classWith(teacher, student);
    const copy = student.on(app.baseUrl);
    expect((await copy.fetch("/api/shares")).status).toBe(200);

    const started = Date.now();
    const stream = await readEvents(copy, SLUG, {
      timeoutMs: 45_000,
      onOpen: () => signOut(student),
      until: (events) => events.some((e) => e.event === "session-ended"),
    });
    // Ended by the periodic check (no event happened meanwhile), within its 30 s and some slack.
    expect(stream.events.map((e) => e.event)).toContain("session-ended");
    expect(Date.now() - started).toBeLessThan(42_000);

    expect((await copy.fetch("/api/shares")).status).toBe(401);
    expect(
      (
        await copy.send("POST", "/api/annotations", {
          document: SLUG,
          target: englishTarget("s07", "competence"),
          body: note("x"),
          visibility: "private",
        })
      ).status,
    ).toBe(401);
    // A reconnecting stream is a stranger's: class notes do not reach it.
    let later = "";
    const again = await readEvents(copy, SLUG, {
      timeoutMs: 4_000,
      onOpen: async () => void (later = (await classNote(teacher, klass.id, "After signing out")).id),
    });
    expect(later).not.toBe("");
    expect(noteIds(again.events)).not.toContain(later);
  }, 90_000);
});

describe("a member removed from a class", () => {
  it("can no longer edit their class note, reply, vote or edit a class proposal there, but can take the note out", async () => {
    const teacher = await signUp(app.baseUrl, "Teacher");
    const student = await signUp(app.baseUrl, "Student");
    const klass = await classWith(teacher, student);
    const mine = await classNote(student, klass.id, "My class note");
    const reply = await post<{ id: string }>(student, `/api/annotations/${mine.id}/replies`, { body: note("My reply") });
    const proposal = await post<{ id: string }>(student, "/api/translations", {
      segmentId: segmentId("s07"),
      text: "我的班級譯文",
      visibility: "class",
      classId: klass.id,
    });

    const removed = await teacher.send("DELETE", `/api/classes/${klass.id}/members/${student.id}`);
    expect(removed.status, await removed.clone().text()).toBeLessThan(300);

    const edit = await student.send("PATCH", `/api/annotations/${mine.id}`, { version: mine.version, body: note("Edited after removal") });
    expect(edit.status, await edit.clone().text()).toBe(403);
    expect(((await edit.json()) as { code?: string }).code).toBe("not_class_member");
    expect((await student.send("POST", `/api/annotations/${mine.id}/replies`, { body: note("Replying after removal") })).status).toBe(403);
    expect(
      (await student.send("PATCH", `/api/annotations/${mine.id}/replies/${reply.id}`, { body: note("Reply edited after removal") })).status,
    ).toBe(403);
    expect((await student.send("POST", `/api/translations/${proposal.id}/votes`, { value: 1 })).status).toBe(403);
    expect((await student.send("PATCH", `/api/translations/${proposal.id}`, { text: "改過的譯文" })).status).toBe(403);

    // Nothing reached the class.
    const stored = await db.annotation.findUniqueOrThrow({ where: { id: mine.id }, select: { bodyText: true, version: true } });
    expect(stored.bodyText).toContain("My class note");
    expect(await db.reply.count({ where: { annotationId: mine.id, deletedAt: null } })).toBe(1);
    expect(await db.vote.count({ where: { translationId: proposal.id } })).toBe(0);

    // Their own note is still theirs to take out of the class.
    const privatised = await student.send("PATCH", `/api/annotations/${mine.id}`, { version: mine.version, visibility: "private" });
    expect(privatised.status, await privatised.clone().text()).toBe(200);

    // A member still writes as before.
    const other = await signUp(app.baseUrl, "Other student");
    await post(other, "/api/classes/join", { code: klass.joinCode });
    const theirs = await classNote(other, klass.id, "Still a member");
    expect(
      (await other.send("PATCH", `/api/annotations/${theirs.id}`, { version: theirs.version, body: note("Edited by a member") })).status,
    ).toBe(200);
    expect((await teacher.send("POST", `/api/annotations/${theirs.id}/replies`, { body: note("Teacher answers") })).status).toBe(201);
  });
});
