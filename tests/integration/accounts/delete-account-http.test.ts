/**
 * Account deletion through the running app (`npm start` on the suite's PostgreSQL; needs a
 * build): a teacher deletes their account with DELETE /api/account while a reader streams the
 * letter. The class goes on with its first student as teacher, the students' notes stay, the
 * teacher's note that a student answered stays, without its body, with the answer, and the reader is told
 * live about each of the teacher's notes (issue 14, finding 9).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FORMER_MEMBER_ID } from "../../../lib/accounts/former-member";
import { englishTarget, note } from "../../support/annotation-fixtures";
import { startApp, type AppProcess } from "../../support/app-process";
import { connectTestDatabase } from "../../support/database";
import { HttpUser, listAllNotes, readEvents, signUp } from "../../support/http-user";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";

let app: AppProcess;
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "deletion-test-secret-0123456789abcdef" });
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

interface Listed {
  id: string;
  author: { id: string; name: string };
  bodyText: string;
  replies: { id: string; bodyText: string }[];
}

async function post<T>(who: HttpUser, path: string, body: unknown): Promise<T> {
  const response = await who.send("POST", path, body);
  expect(response.status, `${path}: ${await response.clone().text()}`).toBe(201);
  return (await response.json()) as T;
}

const list = (who: HttpUser) => listAllNotes<Listed>(who, SLUG);

describe("DELETE /api/account by a teacher", () => {
  it("keeps the class, its students' notes and their replies, and tells streaming readers what went", async () => {
    const [teacher, first, second] = await Promise.all(["Teacher", "First student", "Second student"].map((n) => signUp(app.baseUrl, n)));
    const reader = new HttpUser(app.baseUrl);
    const klass = await post<{ id: string; joinCode: string }>(teacher!, "/api/classes", { name: "Leaving teacher" });
    await post(first!, "/api/classes/join", { code: klass.joinCode });
    await post(second!, "/api/classes/join", { code: klass.joinCode });

    const classNote = await post<{ id: string }>(second!, "/api/annotations", {
      document: SLUG,
      target: englishTarget("s07", "competence"),
      body: note("A student's class note"),
      visibility: "class",
      classId: klass.id,
    });
    const answered = await post<{ id: string }>(teacher!, "/api/annotations", {
      document: SLUG,
      target: englishTarget("s07", "competence"),
      body: note("The teacher asks"),
      visibility: "public",
    });
    const answer = await post<{ id: string }>(first!, `/api/annotations/${answered.id}/replies`, { body: note("A student answers") });
    const lonely = await post<{ id: string }>(teacher!, "/api/annotations", {
      document: SLUG,
      target: englishTarget("s07", "competence"),
      body: note("Nobody answered"),
      visibility: "public",
    });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: teacher!.id }, select: { email: true } });

    // A signed-out reader streams the letter while the teacher deletes the account.
    let deleted = 0;
    const { events } = await readEvents(reader, SLUG, {
      timeoutMs: 15_000,
      onOpen: async () => {
        deleted = (await teacher!.send("DELETE", "/api/account", { confirmEmail: email })).status;
      },
      until: (seen) => [answered.id, lonely.id].every((id) => seen.some((e) => (e.data as { id?: string }).id === id)),
    });
    expect(deleted).toBe(204);
    // (Other test files may write on the letter meanwhile: only these two notes count.)
    const mine = new Set([answered.id, lonely.id]);
    const told = events.map((e) => [e.event, (e.data as { id?: string }).id ?? ""]).filter(([, id]) => mine.has(id!));
    expect(told.sort()).toEqual(
      [
        ["annotation", answered.id],
        ["annotation-removed", lonely.id],
      ].sort(),
    );

    // The class goes on: the first student to join now teaches it.
    const view = (await (await first!.fetch(`/api/classes/${klass.id}`)).json()) as {
      role: string;
      members: { id: string; role: string }[];
    };
    expect(view.role).toBe("teacher");
    expect(view.members).toEqual([
      expect.objectContaining({ id: first!.id, role: "teacher" }),
      expect.objectContaining({ id: second!.id, role: "student" }),
    ]);
    expect((await first!.fetch(`/api/classes/${klass.id}/export.json`)).status).toBe(200);

    // The students' writing stays; the teacher's words are gone.
    const classmates = await list(first!);
    expect(classmates.find((a) => a.id === classNote.id)?.bodyText).toBe("A student's class note");
    const kept = (await list(reader)).find((a) => a.id === answered.id);
    expect(kept).toMatchObject({
      author: { id: FORMER_MEMBER_ID },
      bodyText: "",
      replies: [{ id: answer.id, bodyText: "A student answers" }],
    });
    expect(classmates.some((a) => a.id === lonely.id)).toBe(false);

    // The deleted account's session is over.
    expect((await teacher!.fetch("/api/classes")).status).toBe(401);
  }, 60_000);
});
