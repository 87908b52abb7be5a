/**
 * Write rates, page sizes, live stream caps and pruning (issue 14, findings 7 and 13), over HTTP
 * against the real app on the suite's PostgreSQL. Needs a build (`npm run build`).
 *
 * This file writes some 250 notes on the seeded letter (120 of them public): files that read the
 * letter's notes over HTTP follow the `next` cursor (listAllNotes) rather than read one page.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAGE_SIZE, STREAM_CAPS, WRITE_RATES } from "../../lib/limits";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, listAllNotes, signUp } from "../support/http-user";
import { englishTarget, note } from "../support/annotation-fixtures";

const { url, db } = connectTestDatabase();
const SLUG = "openai-letter-2023";
const PER_ADDRESS = 12;

let app: AppProcess;
beforeAll(async () => {
  app = await startApp({
    DATABASE_URL: url,
    NEXTAUTH_SECRET: "limits-test-secret-0123456789abcdef",
    STREAMS_PER_ADDRESS: String(PER_ADDRESS),
    PRUNE_INTERVAL_SECONDS: "1",
  });
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

const writeNote = (who: HttpUser, text: string, visibility: "private" | "public" = "private") =>
  who.send("POST", "/api/annotations", { document: SLUG, target: englishTarget("s07", "competence"), body: note(text), visibility });

describe("per-user write rates", () => {
  it(`takes ${WRITE_RATES.notes.max} notes an hour, then answers 429 with Retry-After and loses nothing written before`, async () => {
    const writer = await signUp(app.baseUrl, "Prolific");
    const tag = Math.random().toString(36).slice(2, 8);
    const max = WRITE_RATES.notes.max;
    // Four at a time, as a script would: the count must hold under concurrency too.
    const statuses: number[] = [];
    for (let i = 0; i < max; i += 4) {
      statuses.push(
        ...(await Promise.all(
          Array.from({ length: Math.min(4, max - i) }, (_, j) => writeNote(writer, `${tag} note ${i + j}`).then((r) => r.status)),
        )),
      );
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(max);

    const refused = await writeNote(writer, `${tag} one too many`);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ code: "rate_limited", error: expect.stringContaining("wait") });

    const mine = (await listAllNotes<{ mine: boolean; bodyText: string }>(writer, SLUG)).filter((a) => a.mine);
    expect(mine).toHaveLength(max);
    expect(mine.some((a) => a.bodyText.includes("one too many"))).toBe(false);

    // Other people are not held back by one person's limit.
    expect((await writeNote(await signUp(app.baseUrl, "Bystander"), `${tag} someone else`)).status).toBe(201);
  });

  it(`takes ${WRITE_RATES.shares.max} share links an hour, then 429`, async () => {
    const sharer = await signUp(app.baseUrl, "Sharer");
    const statuses: number[] = [];
    for (let i = 0; i <= WRITE_RATES.shares.max; i++)
      statuses.push((await sharer.send("POST", "/api/shares", { document: SLUG, annotationIds: [] })).status);
    expect(statuses.slice(0, -1)).toEqual(Array(WRITE_RATES.shares.max).fill(201));
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("list endpoints answer one page and a cursor", () => {
  it(`gives an anonymous reader at most ${PAGE_SIZE.default} notes by default, at most ${PAGE_SIZE.max} when asked, and a next cursor that reaches them all`, async () => {
    // Enough public notes that a page cannot hold them, from several writers (each under the rate).
    const writers = await Promise.all(Array.from({ length: 3 }, (_, i) => signUp(app.baseUrl, `Public writer ${i}`)));
    const tag = Math.random().toString(36).slice(2, 8);
    const written = new Set<string>();
    for (const writer of writers) {
      for (let i = 0; i < 40; i += 8) {
        const batch = await Promise.all(Array.from({ length: 8 }, (_, j) => writeNote(writer, `${tag} public ${i + j}`, "public")));
        for (const response of batch) {
          expect(response.status).toBe(201);
          written.add(((await response.json()) as { id: string }).id);
        }
      }
    }
    const anonymous = new HttpUser(app.baseUrl);
    const first = (await (await anonymous.fetch(`/api/annotations?document=${SLUG}`)).json()) as {
      annotations: { id: string }[];
      next: string | null;
    };
    expect(first.annotations.length).toBeLessThanOrEqual(PAGE_SIZE.default);
    expect(first.annotations.length).toBe(PAGE_SIZE.default);
    expect(typeof first.next).toBe("string");

    const tooMany = await anonymous.fetch(`/api/annotations?document=${SLUG}&limit=${PAGE_SIZE.max + 1}`);
    expect(tooMany.status).toBe(400);

    const all = await listAllNotes(anonymous, SLUG);
    const ids = all.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of written) expect(ids).toContain(id);
  });

  it("pages a user's classes", async () => {
    const teacher = await signUp(app.baseUrl, "Many classes");
    for (let i = 0; i < 3; i++) expect((await teacher.send("POST", "/api/classes", { name: `Class ${i}` })).status).toBe(201);
    const first = (await (await teacher.fetch("/api/classes?limit=2")).json()) as { classes: { id: string }[]; next: string | null };
    expect(first.classes).toHaveLength(2);
    expect(first.next).toEqual(expect.any(String));
    const second = (await (await teacher.fetch(`/api/classes?limit=2&after=${first.next}`)).json()) as {
      classes: { id: string }[];
      next: string | null;
    };
    expect(second.classes).toHaveLength(1);
    expect(second.next).toBeNull();
    expect(new Set([...first.classes, ...second.classes].map((c) => c.id)).size).toBe(3);
  });
});

describe("live event streams", () => {
  /** Opens a stream and waits for its headers; returns the status and a way to close it. */
  async function open(who: HttpUser): Promise<{ status: number; retryAfter: string | null; close: () => void }> {
    const controller = new AbortController();
    const response = await who.fetch(`/api/documents/${SLUG}/events`, { signal: controller.signal });
    if (response.status === 200) {
      const reader = response.body!.getReader();
      await reader.read(); // ": connected"
      return { status: 200, retryAfter: null, close: () => controller.abort() };
    }
    const retryAfter = response.headers.get("retry-after");
    await response.body?.cancel();
    return { status: response.status, retryAfter, close: () => controller.abort() };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

  it(`holds ${STREAM_CAPS.perUser} streams per user open and refuses the next with 429 and Retry-After, until one closes`, async () => {
    const reader = await signUp(app.baseUrl, "Many tabs");
    const streams = [];
    for (let i = 0; i < STREAM_CAPS.perUser; i++) streams.push(await open(reader));
    expect(streams.map((s) => s.status)).toEqual(Array(STREAM_CAPS.perUser).fill(200));
    const over = await open(reader);
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    // Someone else is not refused because of this reader.
    const other = await open(await signUp(app.baseUrl, "One tab"));
    expect(other.status).toBe(200);
    other.close();

    streams.pop()!.close();
    await settle();
    const again = await open(reader);
    expect(again.status).toBe(200);
    for (const stream of [...streams, again]) stream.close();
    await settle();
  });

  it(`holds ${PER_ADDRESS} streams per address (STREAMS_PER_ADDRESS) and refuses the next`, async () => {
    const streams = [];
    for (let i = 0; i < PER_ADDRESS; i++) streams.push(await open(new HttpUser(app.baseUrl)));
    expect(streams.every((s) => s.status === 200)).toBe(true);
    const over = await open(new HttpUser(app.baseUrl));
    expect(over.status).toBe(429);
    expect(Number(over.retryAfter)).toBeGreaterThan(0);
    for (const stream of streams) stream.close();
    await settle();
    const again = await open(new HttpUser(app.baseUrl));
    expect(again.status).toBe(200);
    again.close();
  });
});

describe("pruning", () => {
  it("deletes old live events, idempotency keys and rate-limit events on its schedule, and keeps recent ones", async () => {
    const user = await db.user.create({ data: { email: `pruned-${Date.now()}@example.test`, name: "Pruned" } });
    const document = await db.document.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600_000);
    const tag = `prune-${Date.now()}`;
    const [oldEvent, newEvent] = await Promise.all([
      db.liveEvent.create({ data: { documentId: document.id, kind: "test.old", payload: { tag }, createdAt: daysAgo(30) } }),
      db.liveEvent.create({ data: { documentId: document.id, kind: "test.new", payload: { tag }, createdAt: daysAgo(1) } }),
    ]);
    await db.idempotencyKey.createMany({
      data: [
        { userId: user.id, key: `${tag}-old`, requestHash: "x", status: 201, response: {}, createdAt: daysAgo(30) },
        { userId: user.id, key: `${tag}-new`, requestHash: "x", status: 201, response: {}, createdAt: daysAgo(1) },
      ],
    });
    await db.rateLimitEvent.createMany({
      data: [
        { bucket: tag, key: "old", createdAt: daysAgo(2) },
        { bucket: tag, key: "new", createdAt: new Date() },
      ],
    });

    const deadline = Date.now() + 45_000;
    for (;;) {
      const left =
        (await db.liveEvent.count({ where: { id: oldEvent.id } })) +
        (await db.idempotencyKey.count({ where: { userId: user.id, key: `${tag}-old` } })) +
        (await db.rateLimitEvent.count({ where: { bucket: tag, key: "old" } }));
      if (left === 0 || Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(await db.liveEvent.findMany({ where: { id: { in: [oldEvent.id, newEvent.id] } }, select: { kind: true } })).toEqual([
      { kind: "test.new" },
    ]);
    expect((await db.idempotencyKey.findMany({ where: { userId: user.id }, select: { key: true } })).map((k) => k.key)).toEqual([
      `${tag}-new`,
    ]);
    expect((await db.rateLimitEvent.findMany({ where: { bucket: tag }, select: { key: true } })).map((k) => k.key)).toEqual(["new"]);
  });
});
