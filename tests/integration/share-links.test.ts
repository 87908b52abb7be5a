/**
 * Share links over HTTP against the real app (`npm start` on the suite's PostgreSQL): who may make
 * a link that admits members and when it stops admitting, the teacher's list of links into a class,
 * what a link shows to whom (a link never widens what a note's author chose), and one answer for
 * every link that does not work. Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";

let app: AppProcess;
let teacher: HttpUser;
let sharer: HttpUser;
let classmate: HttpUser;
let stranger: HttpUser;
let anonymous: HttpUser;
let classId = "";

const tag = Math.random().toString(36).slice(2, 8);
const TEXT = {
  classmateClass: `Classmate class note ${tag}`,
  sharerPrivate: `Sharer private note ${tag}`,
  sharerPublic: `Sharer public note ${tag}`,
  sharerClass: `Sharer class note ${tag}`,
};
const ids = {} as Record<keyof typeof TEXT, string>;

async function write(who: HttpUser, text: string, visibility: "private" | "class" | "public"): Promise<string> {
  const response = await who.send("POST", "/api/annotations", {
    document: SLUG,
    target: englishTarget("s07", "competence"),
    body: note(text),
    visibility,
    ...(visibility === "class" ? { classId } : {}),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

async function share(who: HttpUser, body: object): Promise<{ status: number; id: string; token: string; body: { code?: string } }> {
  const response = await who.send("POST", "/api/shares", { document: SLUG, ...body });
  const json = (await response.json()) as { id?: string; url?: string; code?: string };
  return { status: response.status, id: json.id ?? "", token: json.url?.split("/s/")[1] ?? "", body: json };
}

/** The share page as `who` gets it: its status, and whether it shows a text (a failure prints the text, not the page). */
const open = async (who: HttpUser, token: string) => {
  const response = await who.fetch(`/s/${token}`);
  const html = await response.text();
  return { status: response.status, shows: (text: string) => html.includes(text) };
};
const join = (who: HttpUser, token: string) => who.send("POST", "/api/shares/join", { token });
const rotate = async () => expect((await teacher.send("POST", `/api/classes/${classId}/code`)).status).toBe(200);

/** A member who teaches the class beside its creator (there is no promotion in the interface yet). */
async function coTeacher(name: string): Promise<HttpUser> {
  const who = await signUp(app.baseUrl, name);
  const { joinCode } = (await (await teacher.fetch(`/api/classes/${classId}`)).json()) as { joinCode: string };
  expect((await who.send("POST", "/api/classes/join", { code: joinCode })).status).toBe(201);
  await db.membership.update({ where: { classId_userId: { classId, userId: who.id } }, data: { role: "teacher" } });
  return who;
}

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "share-links-test-secret-0123456789abcdef" });
  [teacher, sharer, classmate, stranger] = (await Promise.all(
    ["Teacher", "Sharer", "Classmate", "Stranger"].map((n) => signUp(app.baseUrl, n)),
  )) as [HttpUser, HttpUser, HttpUser, HttpUser];
  anonymous = new HttpUser(app.baseUrl);
  const created = (await (await teacher.send("POST", "/api/classes", { name: `Class ${tag}` })).json()) as { id: string; joinCode: string };
  classId = created.id;
  for (const student of [sharer, classmate])
    expect((await student.send("POST", "/api/classes/join", { code: created.joinCode })).status).toBe(201);
  ids.classmateClass = await write(classmate, TEXT.classmateClass, "class");
  ids.sharerPrivate = await write(sharer, TEXT.sharerPrivate, "private");
  ids.sharerPublic = await write(sharer, TEXT.sharerPublic, "public");
  ids.sharerClass = await write(sharer, TEXT.sharerClass, "class");
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

describe("links that admit members (invitations)", () => {
  it("only a teacher of the class may make one", async () => {
    const byStudent = await share(sharer, { classId, allowJoin: true });
    expect([byStudent.status, byStudent.body.code]).toEqual([403, "only_teachers_invite"]);
    expect((await share(sharer, { classId })).status).toBe(201); // a class link that admits nobody is fine
    expect((await share(teacher, { classId, allowJoin: true })).status).toBe(201);
  });

  it("stops admitting, and opening, once the teacher makes a new class code", async () => {
    const link = await share(teacher, { classId, allowJoin: true });
    const first = await signUp(app.baseUrl, "Invited before");
    expect((await join(first, link.token)).status).toBe(201);
    await rotate();
    const second = await signUp(app.baseUrl, "Invited after");
    expect((await join(second, link.token)).status).toBe(404);
    expect((await second.fetch(`/api/classes/${classId}`)).status).toBe(404);
    expect((await open(anonymous, link.token)).status).toBe(404);
  });

  it("stops admitting once its maker is no longer a teacher of the class (demoted or removed)", async () => {
    const demoted = await coTeacher("Demoted teacher");
    const removed = await coTeacher("Removed teacher");
    const byDemoted = await share(demoted, { classId, allowJoin: true });
    const byRemoved = await share(removed, { classId, allowJoin: true });
    expect([byDemoted.status, byRemoved.status]).toEqual([201, 201]);

    await db.membership.update({ where: { classId_userId: { classId, userId: demoted.id } }, data: { role: "student" } });
    expect((await teacher.send("DELETE", `/api/classes/${classId}/members/${removed.id}`)).status).toBe(204);

    for (const link of [byDemoted, byRemoved]) {
      const newcomer = await signUp(app.baseUrl, "Newcomer");
      expect((await join(newcomer, link.token)).status).toBe(404);
      expect((await newcomer.fetch(`/api/classes/${classId}`)).status).toBe(404);
    }
  });
});

describe("the teacher's links into the class", () => {
  it("lists every link into the class, whoever made it, with whether it still works", async () => {
    const byStudent = await share(sharer, { classId });
    const invitation = await share(teacher, { classId, allowJoin: true });
    const listed = await teacher.fetch(`/api/classes/${classId}/shares`);
    expect(listed.status).toBe(200);
    const { shares } = (await listed.json()) as { shares: { id: string; maker: { id: string }; allowJoin: boolean; state: string }[] };
    expect(shares.find((s) => s.id === byStudent.id)).toMatchObject({ maker: { id: sharer.id }, allowJoin: false, state: "active" });
    expect(shares.find((s) => s.id === invitation.id)).toMatchObject({ maker: { id: teacher.id }, allowJoin: true, state: "active" });
    await rotate();
    const after = (await (await teacher.fetch(`/api/classes/${classId}/shares`)).json()) as { shares: { id: string; state: string }[] };
    expect(after.shares.find((s) => s.id === invitation.id)?.state).toBe("lapsed");
    const statuses = await Promise.all(
      [sharer, stranger, anonymous].map(async (who) => (await who.fetch(`/api/classes/${classId}/shares`)).status),
    );
    expect(statuses).toEqual([403, 404, 401]);
  });

  it("revokes any of them; nobody else can", async () => {
    const byStudent = await share(sharer, { classId });
    const other = (await (await stranger.send("POST", "/api/classes", { name: "Another class" })).json()) as { id: string };
    expect((await stranger.send("DELETE", `/api/classes/${other.id}/shares/${byStudent.id}`)).status).toBe(404);
    expect((await classmate.send("DELETE", `/api/classes/${classId}/shares/${byStudent.id}`)).status).toBe(403);
    expect((await open(classmate, byStudent.token)).status).toBe(200);

    expect((await teacher.send("DELETE", `/api/classes/${classId}/shares/${byStudent.id}`)).status).toBe(204);
    expect((await open(classmate, byStudent.token)).status).toBe(404);
    const { shares } = (await (await sharer.fetch(`/api/shares?document=${SLUG}`)).json()) as { shares: { id: string; state: string }[] };
    expect(shares.find((s) => s.id === byStudent.id)?.state).toBe("revoked");
  });
});

describe("what a link shows, and to whom", () => {
  it("refuses the sharer's private notes unless they tick them", async () => {
    const refused = await share(sharer, { annotationIds: [ids.sharerPrivate, ids.sharerPublic] });
    expect([refused.status, refused.body.code]).toEqual([422, "private_notes_not_included"]);
  });

  it("never shows a classmate's class note or the sharer's class note to a stranger, signed in or not", async () => {
    const link = await share(sharer, { annotationIds: [ids.classmateClass, ids.sharerClass, ids.sharerPublic] });
    expect(link.status).toBe(201);
    for (const who of [anonymous, stranger]) {
      const page = await open(who, link.token);
      expect(page.status).toBe(200);
      expect(page.shows(TEXT.sharerPublic), TEXT.sharerPublic).toBe(true);
      expect(page.shows(TEXT.classmateClass), TEXT.classmateClass).toBe(false);
      expect(page.shows(TEXT.sharerClass), TEXT.sharerClass).toBe(false);
    }
    // The same for a link to the class's notes.
    const classLink = await share(sharer, { classId });
    const page = await open(anonymous, classLink.token);
    expect(page.status).toBe(200);
    expect(page.shows(TEXT.classmateClass), TEXT.classmateClass).toBe(false);
    expect(page.shows(TEXT.sharerClass), TEXT.sharerClass).toBe(false);
  });

  it("shows class notes to a signed-in member of the class, labelled as their class", async () => {
    const link = await share(sharer, { annotationIds: [ids.classmateClass, ids.sharerPublic] });
    const classLink = await share(sharer, { classId });
    for (const who of [classmate, teacher]) {
      for (const token of [link.token, classLink.token]) {
        const page = await open(who, token);
        expect(page.shows(TEXT.classmateClass), TEXT.classmateClass).toBe(true);
        expect(page.shows(`>your class: Class ${tag}</span>`), `>your class: Class ${tag}</span>`).toBe(true);
      }
    }
  });

  it("shows the sharer's private notes only when ticked, labelled from the visitor's side, and drops a note made private later", async () => {
    const ticked = await share(sharer, { annotationIds: [ids.sharerPrivate], includePrivate: true });
    expect(ticked.status).toBe(201);
    const page = await open(anonymous, ticked.token);
    expect(page.shows(TEXT.sharerPrivate), TEXT.sharerPrivate).toBe(true);
    expect(page.shows(">shared by its author</span>"), ">shared by its author</span>").toBe(true);
    expect(page.shows(">only you</span>"), ">only you</span>").toBe(false);

    const laterPrivate = await write(sharer, `Public, then private ${tag}`, "public");
    const link = await share(sharer, { annotationIds: [laterPrivate] });
    expect((await open(anonymous, link.token)).shows(`Public, then private ${tag}`), `Public, then private ${tag}`).toBe(true);
    const { version } = await db.annotation.findUniqueOrThrow({ where: { id: laterPrivate }, select: { version: true } });
    expect((await sharer.send("PATCH", `/api/annotations/${laterPrivate}`, { version, visibility: "private" })).status).toBe(200);
    expect((await open(anonymous, link.token)).shows(`Public, then private ${tag}`), `Public, then private ${tag}`).toBe(false);
  });

  it("shows nobody else's private note, even through a link its author made before the rule", async () => {
    // A link stored the old way (no includePrivate in its view) with a private note in it.
    const link = await share(sharer, { annotationIds: [ids.sharerPublic] });
    const view: Record<string, unknown> = {
      ...((await db.share.findUniqueOrThrow({ where: { id: link.id } })).view as object),
      annotationIds: [ids.sharerPrivate, ids.sharerPublic],
    };
    delete view.includePrivate;
    await db.share.update({ where: { id: link.id }, data: { view: view as object } });
    const page = await open(anonymous, link.token);
    expect(page.shows(TEXT.sharerPublic), TEXT.sharerPublic).toBe(true);
    expect(page.shows(TEXT.sharerPrivate), TEXT.sharerPrivate).toBe(false);
  });
});

describe("links that do not work", () => {
  it("answer joining with one and the same 404, whatever the reason", async () => {
    const revoked = await share(teacher, { classId, allowJoin: true });
    expect((await teacher.send("DELETE", `/api/shares/${revoked.id}`)).status).toBe(204);
    const expired = await share(teacher, { classId, allowJoin: true });
    await db.share.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const lapsed = await share(teacher, { classId, allowJoin: true });
    await rotate();
    const notAnInvitation = await share(teacher, { classId });
    const madeUp = "x".repeat(43);

    const answers = await Promise.all(
      [revoked.token, expired.token, lapsed.token, notAnInvitation.token, madeUp].map(async (token) => {
        const response = await join(stranger, token);
        return `${response.status} ${await response.text()}`;
      }),
    );
    expect(answers[0]).toMatch(/^404 /);
    expect(new Set(answers).size).toBe(1);
    const pages = await Promise.all(
      [revoked.token, expired.token, lapsed.token, madeUp].map(async (token) => (await open(anonymous, token)).status),
    );
    expect(pages).toEqual([404, 404, 404, 404]);
  });
});
