/**
 * The authorisation matrix of what readers write and own beyond notes: a private imported
 * document and its sentences, a class proposal and its votes, replies to a class note, adoption
 * for a class, one's notifications (listing them, marking someone else's read) and the class
 * member search for @mentions — every role x every action, one assertion per cell, over HTTP against a
 * running app on the suite's PostgreSQL. (Notes, classes and share links: authorization-matrix.test.ts.)
 * What a caller may not see answers 404; what they may see but not change answers 403; no
 * session answers 401. Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";

type Role = "anonymous" | "owner" | "classmate" | "teacher" | "otherMember" | "otherTeacher" | "stranger";
const ROLES: Role[] = ["anonymous", "owner", "classmate", "teacher", "otherMember", "otherTeacher", "stranger"];
const row = (owner: number, classmate: number, teacher: number, outsider: number, anonymous: number): Record<Role, number> => ({
  anonymous,
  owner,
  classmate,
  teacher,
  otherMember: outsider,
  otherTeacher: outsider,
  stranger: outsider,
});

let app: AppProcess;
const actors = {} as Record<Role, HttpUser>;
const subject = { slug: "", segmentId: "", proposalId: "", noteId: "", classA: "", ownersNotificationId: "" };
/** What each role's "mark the owner's notification read" changed: only the owner's may mark it. */
const marked = {} as Record<Role, number>;

// Each action, what it sends, and what each role gets. Withdrawing runs last (it ends the proposal).
const ACTIONS: { name: string; send: (who: HttpUser, role: Role) => Promise<Response>; expected: Record<Role, number> }[] = [
  {
    name: "read the private document",
    send: (who) => who.send("GET", `/api/documents/${subject.slug}`),
    expected: row(200, 404, 404, 404, 404),
  },
  {
    name: "export the private document",
    send: (who) => who.send("GET", `/api/documents/${subject.slug}/export.md`),
    expected: row(200, 404, 404, 404, 404),
  },
  {
    name: "edit a sentence of the private document",
    send: (who, role) => who.send("PATCH", `/api/segments/${subject.segmentId}`, { text: `Edited by ${role}.` }),
    expected: row(200, 404, 404, 404, 401),
  },
  {
    name: "read the class proposal",
    send: (who) => who.send("GET", `/api/translations/${subject.proposalId}`),
    expected: row(200, 200, 200, 404, 404),
  },
  {
    name: "vote on the class proposal",
    send: (who) => who.send("POST", `/api/translations/${subject.proposalId}/votes`, { value: 1 }),
    expected: row(200, 200, 200, 404, 401),
  },
  {
    name: "edit the class proposal",
    send: (who, role) => who.send("PATCH", `/api/translations/${subject.proposalId}`, { text: `我們的說法（${role}）` }),
    expected: row(200, 403, 403, 404, 401),
  },
  {
    name: "reply to the class note",
    send: (who, role) => who.send("POST", `/api/annotations/${subject.noteId}/replies`, { body: note(`Reply from ${role}`) }),
    expected: row(201, 201, 201, 404, 401),
  },
  {
    name: "adopt a rendering for class A",
    send: (who) => who.send("POST", `/api/segments/${SLUG}-s05/adoption`, { translationId: `${SLUG}-close-s05`, scope: subject.classA }),
    // Outsiders are not told that class A exists: 404, as for a made-up class.
    expected: row(403, 403, 200, 404, 401),
  },
  {
    name: "list my notifications",
    send: (who) => who.send("GET", "/api/notifications"),
    expected: row(200, 200, 200, 200, 401),
  },
  {
    // Someone else's id is ignored, never refused (the answer does not say whether it exists): see "marks" below.
    name: "mark the owner's notification read",
    send: async (who, role) => {
      const response = await who.send("POST", "/api/notifications/read", { ids: [subject.ownersNotificationId] });
      if (response.ok) marked[role] = ((await response.clone().json()) as { marked: number }).marked;
      return response;
    },
    expected: row(200, 200, 200, 200, 401),
  },
  {
    name: "search class A's members to @mention",
    send: (who) => who.send("GET", `/api/classes/${subject.classA}/member-search?q=own`),
    expected: row(200, 200, 200, 404, 401),
  },
  {
    name: "withdraw the class proposal",
    send: (who) => who.send("DELETE", `/api/translations/${subject.proposalId}`),
    expected: row(204, 403, 403, 404, 401),
  },
];

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "content-matrix-secret-0123456789abcdef" });
  const [owner, classmate, teacher, otherMember, otherTeacher, stranger] = await Promise.all(
    ["Owner", "Classmate", "Teacher", "Other member", "Other teacher", "Stranger"].map((name) => signUp(app.baseUrl, name)),
  );
  Object.assign(actors, { anonymous: new HttpUser(app.baseUrl), owner, classmate, teacher, otherMember, otherTeacher, stranger });

  const a = (await (await teacher!.send("POST", "/api/classes", { name: "Class A" })).json()) as { id: string; joinCode: string };
  const b = (await (await otherTeacher!.send("POST", "/api/classes", { name: "Class B" })).json()) as { id: string; joinCode: string };
  subject.classA = a.id;
  for (const student of [owner!, classmate!])
    expect((await student.send("POST", "/api/classes/join", { code: a.joinCode })).status).toBe(201);
  expect((await otherMember!.send("POST", "/api/classes/join", { code: b.joinCode })).status).toBe(201);

  const imported = await owner!.send("POST", "/api/documents", {
    title: "A private letter",
    en: "Dear class,\n\nWe read closely. We compare carefully.\n\nSincerely,\nThe owner",
    zh: "親愛的同學：\n\n我們仔細閱讀。我們用心比較。\n\n敬上\n擁有者",
    visibility: "private",
  });
  expect(imported.status).toBe(201);
  subject.slug = ((await imported.json()) as { slug: string }).slug;
  const document = await db.document.findUniqueOrThrow({
    where: { slug: subject.slug },
    include: { segments: { orderBy: { index: "asc" } } },
  });
  subject.segmentId = document.segments.find((s) => s.kind === "sentence")!.id;

  const proposal = await owner!.send("POST", "/api/translations", {
    segmentId: `${SLUG}-s05`,
    text: "我們的譯法",
    visibility: "class",
    classId: a.id,
  });
  expect(proposal.status).toBe(201);
  subject.proposalId = ((await proposal.json()) as { id: string }).id;

  const classNote = await owner!.send("POST", "/api/annotations", {
    document: SLUG,
    target: englishTarget("s07", "competence"),
    body: note("Class note"),
    visibility: "class",
    classId: a.id,
  });
  expect(classNote.status).toBe(201);
  subject.noteId = ((await classNote.json()) as { id: string }).id;

  // The classmate @mentions the owner in a class note: the owner's notification.
  const ownerId = owner!.id;
  const mentioning = await classmate!.send("POST", "/api/annotations", {
    document: SLUG,
    target: englishTarget("s07", "competence"),
    body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "mention", attrs: { id: ownerId, label: "O" } }] }] },
    visibility: "class",
    classId: a.id,
  });
  expect(mentioning.status).toBe(201);
  subject.ownersNotificationId = (await db.notification.findFirstOrThrow({ where: { userId: ownerId, kind: "mention" } })).id;
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

describe("authorisation of documents, sentences, proposals, votes, replies and adoptions", () => {
  for (const action of ACTIONS) {
    // The owner goes last, so a change the owner may make does not alter what the others see.
    for (const role of [...ROLES.filter((r) => r !== "owner"), "owner" as const]) {
      it(`${action.name}: ${role} → ${action.expected[role]}`, async () => {
        const response = await action.send(actors[role], role);
        expect(response.status, await response.clone().text()).toBe(action.expected[role]);
      });
    }
  }
});

describe("notifications and the member search beyond status codes", () => {
  it("marks: only the owner's request marked the owner's notification read", () => {
    expect(marked).toEqual({ owner: 1, classmate: 0, teacher: 0, otherMember: 0, otherTeacher: 0, stranger: 0 });
  });

  it("lists only the caller's own notifications", async () => {
    const owners = (await (await actors.owner.send("GET", "/api/notifications")).json()) as { items: { id: string }[] };
    expect(owners.items.map((n) => n.id)).toContain(subject.ownersNotificationId);
    for (const role of ["classmate", "teacher", "stranger"] as const) {
      const theirs = (await (await actors[role].send("GET", "/api/notifications")).json()) as { items: { id: string }[] };
      expect(theirs.items.map((n) => n.id)).not.toContain(subject.ownersNotificationId);
    }
  });

  it("answers a member with names and ids only, and refuses a bad query with 400", async () => {
    const found = (await (await actors.classmate.send("GET", `/api/classes/${subject.classA}/member-search?q=own`)).json()) as {
      members: Record<string, unknown>[];
    };
    expect(found.members).toEqual([{ id: expect.any(String), name: "Owner", role: "student" }]);
    const tooMany = await actors.classmate.send("GET", `/api/classes/${subject.classA}/member-search?limit=999`);
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ code: "invalid_query" });
  });
});
