/**
 * Nothing acknowledged is lost, nothing is stored twice: concurrent writers, and a power cut of
 * the app and its embedded database in the middle of a write burst, through the real server.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments, segmentId } from "../../prisma/seed/openai-letter";
import { startApp, type AppProcess } from "../support/app-process";
import { listAllNotes, signUp, type HttpUser } from "../support/http-user";

const s05 = letterSegments.find((s) => s.key === "s05")!.text;
const target = { segmentId: segmentId("s05"), language: "en", selector: describeSpan(s05, 0, 9) };
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
const create = (session: HttpUser, text: string, key?: string) =>
  session.fetch("/api/annotations", {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(key ? { "Idempotency-Key": key } : {}) },
    body: JSON.stringify({ document: "openai-letter-2023", target, body: note(text), visibility: "private" }),
  });
const myNotes = async (session: HttpUser) => {
  return (await listAllNotes<{ id: string; mine: boolean; bodyText: string }>(session, "openai-letter-2023")).filter((a) => a.mine);
};

const folders: string[] = [];
const apps: AppProcess[] = [];
afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop().catch(() => {})));
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })));
});

async function freshApp(dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(path.join(tmpdir(), "interleaf-durability-")));
  if (!dataDir) folders.push(dir);
  // One writer sends 120 notes and retries them all after a crash: durability, not the write rate, is tested here.
  const app = await startApp({ DATA_DIR: dir, DATABASE_URL: undefined, WRITE_RATE_NOTES: "100000" });
  apps.push(app);
  return { app, dir };
}

describe("durability", () => {
  it("stores exactly 300 notes when 30 users each send 10 at once", async () => {
    const { app } = await freshApp();
    const users = await Promise.all(Array.from({ length: 30 }, (_, i) => signUp(app.baseUrl, `Writer ${i}`)));
    const statuses = await Promise.all(
      users.flatMap((user, u) => Array.from({ length: 10 }, (_, n) => create(user, `u${u} n${n}`).then((r) => r.status))),
    );
    expect(statuses.filter((s) => s === 201)).toHaveLength(300);
    const counts = await Promise.all(users.map(async (user) => (await myNotes(user)).length));
    expect(counts).toEqual(Array(30).fill(10));
  }, 120_000);

  it("keeps every acknowledged note through a crash, and retries with the same keys store nothing twice", async () => {
    const { app, dir } = await freshApp();
    const writer = await signUp(app.baseUrl, "Survivor");
    const total = 120;
    const acknowledged = new Map<string, string>(); // key -> id
    let next = 0;
    let crashed = false;
    const worker = async () => {
      while (next < total) {
        const i = next++;
        const response = await create(writer, `crash note ${i}`, `crash-${i}`).catch(() => null);
        // Acknowledged = a 201 whose body arrived whole; a response cut off by the crash is not.
        const body = response?.status === 201 ? ((await response.json().catch(() => null)) as { id: string } | null) : null;
        if (body) {
          acknowledged.set(`crash-${i}`, body.id);
          if (acknowledged.size >= 25 && !crashed) {
            crashed = true;
            await app.crash(); // mid-burst: other requests are in flight
          }
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    expect(crashed).toBe(true);
    expect(acknowledged.size).toBeGreaterThanOrEqual(25);

    const { app: restarted } = await freshApp(dir);
    // The session cookie is still valid: the signing secret lives in DATA_DIR.
    const survivor = writer.on(restarted.baseUrl);
    const afterCrash = new Set((await myNotes(survivor)).map((a) => a.id));
    for (const id of acknowledged.values()) expect(afterCrash).toContain(id);

    // The client retries everything it sent, with the same keys.
    for (let i = 0; i < total; i++) {
      const response = await create(survivor, `crash note ${i}`, `crash-${i}`);
      expect(response.status).toBe(201);
      const { id } = (await response.json()) as { id: string };
      if (acknowledged.has(`crash-${i}`)) expect(id).toBe(acknowledged.get(`crash-${i}`));
    }
    const final = await myNotes(survivor);
    expect(final).toHaveLength(total);
    expect(new Set(final.map((a) => a.bodyText)).size).toBe(total);
  }, 180_000);
});
