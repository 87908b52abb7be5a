/**
 * The authorisation matrix of classes, class notes and share links, over HTTP against a running
 * app (`npm start` on the suite's PostgreSQL): every role x every action, one assertion per cell.
 * The subject is a class note written by a student ("owner") in class A.
 * Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, listAllNotes, readEvents, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";
const SUBJECT_TEXT = "Matrix subject note";

type Role = "anonymous" | "owner" | "classmate" | "teacher" | "otherMember" | "otherTeacher" | "linkValid" | "linkExpired" | "linkRevoked";
type Action = "read" | "list" | "create" | "edit" | "delete" | "hide" | "share" | "revoke" | "stream";
const ROLES: Role[] = [
  "anonymous",
  "owner",
  "classmate",
  "teacher",
  "otherMember",
  "otherTeacher",
  "linkValid",
  "linkExpired",
  "linkRevoked",
];

// What only class A's members (the owner, a classmate, the teacher) get; everyone else gets `otherwise`.
const onlyTheClass = (member: string, otherwise: string): Record<Role, string> => ({
  ...(Object.fromEntries(ROLES.map((role) => [role, otherwise])) as Record<Role, string>),
  owner: member,
  classmate: member,
  teacher: member,
});

// Every write: members of another class are told the note does not exist, link visitors to sign in.
const REFUSED_WRITERS = { otherMember: 404, otherTeacher: 404, linkValid: 401, linkExpired: 401, linkRevoked: 401 } as const;

// What each role gets: HTTP status, or what it saw. Link holders are visitors with a link: the
// link opens the shared view and grants nothing else; a class note in it is for the class's
// signed-in members only, so a visitor sees the page without it.
const expected: Record<Action, Record<Role, string | number>> = {
  read: {
    anonymous: 404,
    owner: 200,
    classmate: 200,
    teacher: 200,
    otherMember: 404,
    otherTeacher: 404,
    linkValid: "200 without the note",
    linkExpired: 404,
    linkRevoked: 404,
  },
  list: onlyTheClass("listed", "absent"),
  create: {
    anonymous: 401,
    owner: 201,
    classmate: 201,
    teacher: 201,
    ...REFUSED_WRITERS,
  },
  edit: {
    anonymous: 401,
    owner: 200,
    classmate: 403,
    teacher: 403,
    ...REFUSED_WRITERS,
  },
  delete: {
    anonymous: 401,
    owner: 204,
    classmate: 403,
    teacher: 403,
    ...REFUSED_WRITERS,
  },
  hide: {
    anonymous: 401,
    owner: 403,
    classmate: 403,
    teacher: 200,
    ...REFUSED_WRITERS,
  },
  share: {
    anonymous: 401,
    owner: 201,
    classmate: 201,
    teacher: 201,
    ...REFUSED_WRITERS,
  },
  revoke: {
    anonymous: 401,
    owner: 204,
    classmate: 404,
    teacher: 404,
    ...REFUSED_WRITERS,
  },
  stream: onlyTheClass("received", "nothing"),
};

let app: AppProcess;
const actors = {} as Record<Role, HttpUser>;
const tokens = {} as Record<"linkValid" | "linkExpired" | "linkRevoked", string>;
let owner: HttpUser;
let classA = "";
let subjectId = "";
let subjectEventId = 0n;

const classNote = (text: string) => ({
  document: SLUG,
  target: englishTarget("s07", "competence"),
  body: note(text),
  visibility: "class",
  classId: classA,
});
const ownNote = async (text: string) =>
  ((await (await owner.send("POST", "/api/annotations", classNote(text))).json()) as { id: string }).id;
const ownShare = async () =>
  (await (await owner.send("POST", "/api/shares", { document: SLUG, annotationIds: [subjectId] })).json()) as { id: string; url: string };

beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "matrix-test-secret-0123456789abcdef" });
  const [o, classmate, teacher, otherMember, otherTeacher] = await Promise.all(
    ["Owner", "Classmate", "Teacher", "Other member", "Other teacher"].map((n) => signUp(app.baseUrl, n)),
  );
  owner = o!;
  const a = (await (await teacher!.send("POST", "/api/classes", { name: "Class A" })).json()) as { id: string; joinCode: string };
  const b = (await (await otherTeacher!.send("POST", "/api/classes", { name: "Class B" })).json()) as { id: string; joinCode: string };
  classA = a.id;
  for (const student of [owner, classmate!])
    expect((await student.send("POST", "/api/classes/join", { code: a.joinCode })).status).toBe(201);
  expect((await otherMember!.send("POST", "/api/classes/join", { code: b.joinCode })).status).toBe(201);

  subjectId = await ownNote(SUBJECT_TEXT);
  subjectEventId = (await db.liveEvent.findFirstOrThrow({ where: { annotationId: subjectId, kind: "annotation.created" } })).id;
  for (const link of ["linkValid", "linkExpired", "linkRevoked"] as const) {
    const share = await ownShare();
    tokens[link] = share.url.split("/s/")[1]!;
    if (link === "linkExpired") await db.share.update({ where: { id: share.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    if (link === "linkRevoked") expect((await owner.send("DELETE", `/api/shares/${share.id}`)).status).toBe(204);
  }
  Object.assign(actors, {
    anonymous: new HttpUser(app.baseUrl),
    owner,
    classmate,
    teacher,
    otherMember,
    otherTeacher,
    linkValid: new HttpUser(app.baseUrl),
    linkExpired: new HttpUser(app.baseUrl),
    linkRevoked: new HttpUser(app.baseUrl),
  });
}, 180_000);

afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

const isLink = (role: Role): role is "linkValid" | "linkExpired" | "linkRevoked" => role.startsWith("link");

const perform: Record<Action, (role: Role, who: HttpUser) => Promise<string | number>> = {
  read: async (role, who) => {
    if (!isLink(role)) return (await who.fetch(`/api/annotations/${subjectId}`)).status;
    const page = await who.fetch(`/s/${tokens[role]}`);
    const html = await page.text();
    if (page.status !== 200) return page.status;
    return html.includes(SUBJECT_TEXT) ? "200 with the note" : "200 without the note";
  },
  list: async (_role, who) => {
    const annotations = await listAllNotes(who, SLUG);
    return annotations.some((x) => x.id === subjectId) ? "listed" : "absent";
  },
  create: async (_role, who) => (await who.send("POST", "/api/annotations", classNote("Created in the matrix"))).status,
  edit: async (_role, who) => {
    const { version } = await db.annotation.findUniqueOrThrow({ where: { id: subjectId }, select: { version: true } });
    return (await who.send("PATCH", `/api/annotations/${subjectId}`, { version, color: "green" })).status;
  },
  delete: async (_role, who) => (await who.send("DELETE", `/api/annotations/${await ownNote("To delete")}`)).status,
  hide: async (_role, who) => (await who.send("POST", `/api/annotations/${await ownNote("To hide")}/hide`, { hidden: true })).status,
  share: async (_role, who) => (await who.send("POST", "/api/shares", { document: SLUG, annotationIds: [subjectId] })).status,
  revoke: async (_role, who) => (await who.send("DELETE", `/api/shares/${(await ownShare()).id}`)).status,
  stream: async (_role, who) => {
    const { events } = await readEvents(who, SLUG, {
      lastEventId: String(subjectEventId - 1n),
      timeoutMs: 1_200,
      until: (list) => list.some((e) => e.id === String(subjectEventId)),
    });
    return events.some((e) => e.event === "annotation" && (e.data as { id: string }).id === subjectId) ? "received" : "nothing";
  },
};

describe("authorisation matrix: role x action", () => {
  for (const action of Object.keys(expected) as Action[]) {
    describe(action, () => {
      for (const role of ROLES) {
        it(`${role} → ${expected[action][role]}`, async () => {
          expect(await perform[action](role, actors[role])).toBe(expected[action][role]);
        });
      }
    });
  }
});

describe("around the matrix", () => {
  it("sends no referrer from a share page, whether the link opens or not", async () => {
    for (const link of ["linkValid", "linkRevoked"] as const) {
      expect((await actors[link].fetch(`/s/${tokens[link]}`)).headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("a share link shows only the shared notes (to a member of the class, who may see class notes)", async () => {
    const other = await ownNote("Not in the link");
    const html = await (await actors.classmate.fetch(`/s/${tokens.linkValid}`)).text();
    expect(html).toContain(SUBJECT_TEXT);
    expect(html).not.toContain("Not in the link");
    expect(other).toBeTruthy();
  });

  it("a hidden class note is seen by its author and the teacher only", async () => {
    const id = await ownNote("Hidden by the teacher");
    expect((await actors.teacher.send("POST", `/api/annotations/${id}/hide`, { hidden: true })).status).toBe(200);
    const sees = async (role: Role) => (await actors[role].fetch(`/api/annotations/${id}`)).status;
    expect({ owner: await sees("owner"), teacher: await sees("teacher"), classmate: await sees("classmate") }).toEqual({
      owner: 200,
      teacher: 200,
      classmate: 404,
    });
  });

  it("lets the author move a note between private, class and public", async () => {
    const id = await ownNote("Moving around");
    const move = async (visibility: string, extra: object = {}) => {
      const { version } = await db.annotation.findUniqueOrThrow({ where: { id }, select: { version: true } });
      return (await owner.send("PATCH", `/api/annotations/${id}`, { version, visibility, ...extra })).status;
    };
    const classmateSees = async () => (await actors.classmate.fetch(`/api/annotations/${id}`)).status;
    const anonymousSees = async () => (await actors.anonymous.fetch(`/api/annotations/${id}`)).status;
    expect(await move("private")).toBe(200);
    expect([await classmateSees(), await anonymousSees()]).toEqual([404, 404]);
    expect(await move("public")).toBe(200);
    expect([await classmateSees(), await anonymousSees()]).toEqual([200, 200]);
    expect(await move("class", { classId: classA })).toBe(200);
    expect([await classmateSees(), await anonymousSees()]).toEqual([200, 404]);
    expect(await move("class")).toBe(200); // keeps its class
    expect(await move("class", { classId: "not-a-class-of-mine" })).toBe(404);
  });

  it("exports the class's notes to its teacher only, as formula-safe CSV and as JSON", async () => {
    await owner.send("POST", "/api/annotations", { ...classNote('=HYPERLINK("http://evil.example")'), tags: ["csv"] });
    const csv = await actors.teacher.fetch(`/api/classes/${classA}/export.csv`);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    const json = (await (await actors.teacher.fetch(`/api/classes/${classA}/export.json`)).json()) as { notes: { id: string }[] };
    expect(json.notes.some((n) => n.id === subjectId)).toBe(true);
    const statuses = await Promise.all(
      (["classmate", "otherTeacher", "anonymous"] as const).map(
        async (r) => (await actors[r].fetch(`/api/classes/${classA}/export.csv`)).status,
      ),
    );
    expect(statuses).toEqual([403, 404, 401]);
  });

  it("answers a wrong join code with 404, and an account's eleventh wrong code in a window with 429, its right code too", async () => {
    const guesser = await signUp(app.baseUrl, "Guesser");
    const tryCode = async (code: string) => (await guesser.send("POST", "/api/classes/join", { code })).status;
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push(await tryCode("WRNG-CODE"));
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses[10]).toBe(429);
    const { joinCode } = (await (await actors.teacher.fetch(`/api/classes/${classA}`)).json()) as { joinCode: string };
    expect(await tryCode(joinCode)).toBe(429);
  });

  it("lets a member leave and the teacher remove a member; the last teacher stays", async () => {
    const extra = await signUp(app.baseUrl, "Leaver");
    const { joinCode } = (await (await actors.teacher.fetch(`/api/classes/${classA}`)).json()) as { joinCode: string };
    expect((await extra.send("POST", "/api/classes/join", { code: ` ${joinCode.toLowerCase().replace("-", " ")} ` })).status).toBe(201);
    expect((await extra.send("POST", "/api/classes/join", { code: joinCode })).status).toBe(200);
    expect((await extra.send("DELETE", `/api/classes/${classA}/members/me`)).status).toBe(204);
    expect((await extra.fetch(`/api/classes/${classA}`)).status).toBe(404);
    expect((await actors.classmate.send("DELETE", `/api/classes/${classA}/members/${owner.id}`)).status).toBe(403);
    expect((await actors.teacher.send("DELETE", `/api/classes/${classA}/members/me`)).status).toBe(422);
  });

  it("lets a teacher promote a member to co-teacher and hand the class over; refuses students (403), outsiders (404) and bad roles (400)", async () => {
    const [teacher, student, outsider] = await Promise.all(
      ["Role teacher", "Role student", "Role outsider"].map((n) => signUp(app.baseUrl, n)),
    );
    const klass = (await (await teacher!.send("POST", "/api/classes", { name: "Roles" })).json()) as { id: string; joinCode: string };
    expect((await student!.send("POST", "/api/classes/join", { code: klass.joinCode })).status).toBe(201);
    const member = (who: HttpUser) => `/api/classes/${klass.id}/members/${who.id}`;
    const refusal = async (response: Response) => [response.status, ((await response.json()) as { code: string }).code];

    expect(await refusal(await student!.send("PATCH", member(student!), { role: "teacher" }))).toEqual([403, "class_teacher_only"]);
    expect(await refusal(await outsider!.send("PATCH", member(student!), { role: "teacher" }))).toEqual([404, "class_not_found"]);
    expect(await refusal(await teacher!.send("PATCH", member(student!), { role: "owner" }))).toEqual([400, "invalid_fields"]);
    expect(await refusal(await teacher!.send("PATCH", member(teacher!), { role: "student" }))).toEqual([422, "last_teacher_role"]);
    expect(await refusal(await student!.send("POST", `${member(student!)}/hand-over`, {}))).toEqual([403, "class_teacher_only"]);

    const promoted = await teacher!.send("PATCH", member(student!), { role: "teacher" });
    expect([promoted.status, await promoted.json()]).toEqual([200, { id: student!.id, role: "teacher" }]);
    // The co-teacher has a teacher's view: the join code.
    expect(((await (await student!.fetch(`/api/classes/${klass.id}`)).json()) as { joinCode: string | null }).joinCode).toBeTruthy();

    const handedOver = await student!.send("POST", `${member(teacher!)}/hand-over`, {});
    expect([handedOver.status, await handedOver.json()]).toMatchObject([200, { id: teacher!.id, yourRole: "student" }]);
    expect(((await (await student!.fetch(`/api/classes/${klass.id}`)).json()) as { role: string }).role).toBe("student");
    expect(await refusal(await teacher!.send("POST", `${member(teacher!)}/hand-over`, {}))).toEqual([422, "hand_over_to_self"]);
  });
});
