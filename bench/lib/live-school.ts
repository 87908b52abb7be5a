/**
 * Issue 19's school-scale live step: `readers` signed-in readers in `classes` classes hold the
 * letter's event stream on one app instance while one writer per class sends `ratePerWriter`
 * notes a second (public, class and private in turn), with the write limits on: each writer is
 * several accounts of its class taken in turn, each within the notes' hourly rate.
 *
 * Delivery is timed from each create's acknowledgement (its 201, in this process) to each entitled
 * reader's receipt (in the readers' own process, live-readers.ts, on the same clock). A reader who
 * receives a note they may not see (another's private note, the note of a class they are not in)
 * fails the run, and so does an entitled reader still without a note 30 s after the writing stops.
 * The server's memory is read from /proc: its resident set before the streams open, once they are
 * open, and the highest while the class writes.
 */
import { fork } from "node:child_process";
import path from "node:path";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments, segmentId } from "../../prisma/seed/openai-letter";
import type { HttpUser } from "../../tests/support/http-user";
import { signUpMany } from "./accounts";
import { nextServerPid, rssMb } from "./soak";
import { median, percentile, round } from "./stats";

const SLUG = "openai-letter-2023";
/** Notes per writer account per hour stay under this (the limit is 120: lib/limits.ts). */
const NOTES_PER_ACCOUNT = 100;
const VISIBILITIES = ["public", "class", "private"] as const;

interface WrittenNote {
  id: string;
  ackAt: number;
  visibility: (typeof VISIBILITIES)[number];
  classId: string | null;
  authorId: string;
}

export interface LiveRun {
  deliveryP95Ms: number;
  deliveryP50Ms: number;
  createP95Ms: number;
  deliveries: number;
  notes: number;
  /** The server's resident set (MB): before the streams open, with them open, and the highest while the class writes. */
  rssBeforeMb: number;
  rssOpenMb: number;
  rssPeakMb: number;
}

const now = () => performance.timeOrigin + performance.now();

/** The readers' process (live-readers.ts) and a way to ask it something and await its answer. */
function readersProcess() {
  const child = fork(path.join(import.meta.dirname, "live-readers.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  const ask = <T>(message: unknown): Promise<T> =>
    new Promise((resolve, reject) => {
      const onMessage = (answer: { type: string; error?: string }) => {
        child.off("exit", onExit);
        if (answer.type === "failed") reject(new Error(`the readers' process: ${answer.error}`));
        else resolve(answer as T);
      };
      const onExit = (code: number | null) => reject(new Error(`the readers' process exited (${code})`));
      child.once("message", onMessage);
      child.once("exit", onExit);
      child.send(message as object);
    });
  return { ask, kill: () => child.kill() };
}

export interface School {
  readers: { user: HttpUser; classId: string }[];
  /** Per class: its id, its join code and its writer's accounts (the first is the class's teacher). */
  classes: { id: string; joinCode: string; writers: HttpUser[] }[];
}

/** Signs up the school through the API: per class a teacher who creates it and writers who join, and readers spread over the classes. */
export async function signUpSchool(
  base: string,
  options: { readers: number; classes: number; accountsPerWriter: number },
): Promise<School> {
  const writers = await signUpMany(base, "School writer", options.classes * options.accountsPerWriter, 16);
  const readerUsers = await signUpMany(base, "School reader", options.readers, 16);
  const classes: School["classes"] = [];
  for (let c = 0; c < options.classes; c++) {
    const accounts = writers.slice(c * options.accountsPerWriter, (c + 1) * options.accountsPerWriter);
    const made = await accounts[0]!.send("POST", "/api/classes", { name: `School class ${c + 1}` });
    if (made.status !== 201) throw new Error(`create class: ${made.status} ${await made.text()}`);
    const { id, joinCode } = (await made.json()) as { id: string; joinCode: string };
    for (const account of accounts.slice(1)) await join(account, joinCode);
    classes.push({ id, joinCode, writers: accounts });
  }
  const readers: School["readers"] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: 16 }, async () => {
      while (next < readerUsers.length) {
        const i = next++;
        const own = classes[i % classes.length]!;
        await join(readerUsers[i]!, own.joinCode);
        readers[i] = { user: readerUsers[i]!, classId: own.id };
      }
    }),
  );
  return { readers, classes };
}

async function join(user: HttpUser, code: string) {
  const joined = await user.send("POST", "/api/classes/join", { code });
  if (joined.status !== 201) throw new Error(`join: ${joined.status} ${await joined.text()}`);
}

/** The body of a writer's create: a short note on a phrase of the letter. */
function noteRequest(visibility: (typeof VISIBILITIES)[number], classId: string | null): string {
  const s09 = letterSegments.find((s) => s.key === "s09")!.text;
  const target = { segmentId: segmentId("s09"), language: "en", selector: describeSpan(s09, 5, 13) };
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "A note written by a school." }] }] };
  return JSON.stringify({ document: SLUG, target, body, visibility, ...(classId ? { classId } : {}) });
}

/**
 * One writer per class, `ratePerWriter` notes a second for `seconds`, each on its own schedule
 * (started at a random moment of the first interval, then every 1/rate s whether or not the last
 * has been answered), its class's accounts in turn. Resolves with every note and its 201's time.
 */
async function write(
  base: string,
  school: School,
  options: { ratePerWriter: number; seconds: number; used: Map<HttpUser, number> },
): Promise<{ notes: WrittenNote[]; latencies: number[] }> {
  const everyMs = 1000 / options.ratePerWriter;
  const notes: WrittenNote[] = [];
  const latencies: number[] = [];
  const failures: string[] = [];
  await Promise.all(
    school.classes.map(async (klass, c) => {
      const start = now() + Math.random() * everyMs;
      const sent: Promise<void>[] = [];
      for (let i = 0; i < options.ratePerWriter * options.seconds; i++) {
        const wait = start + i * everyMs - now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        const account = klass.writers.find((w) => (options.used.get(w) ?? 0) < NOTES_PER_ACCOUNT);
        if (!account) throw new Error("the writers' accounts are used up: sign up more of them");
        options.used.set(account, (options.used.get(account) ?? 0) + 1);
        const visibility = VISIBILITIES[(i + c) % VISIBILITIES.length]!;
        const classId = visibility === "class" ? klass.id : null;
        sent.push(
          (async () => {
            const sentAt = now();
            const response = await fetch(`${base}/api/annotations`, {
              method: "POST",
              headers: { "Content-Type": "application/json", Cookie: account.cookieHeader() },
              body: noteRequest(visibility, classId),
            });
            const ackAt = now();
            const answer = await response.text();
            if (response.status !== 201) return void failures.push(`${response.status} ${answer.slice(0, 200)}`);
            latencies.push(ackAt - sentAt);
            notes.push({ id: (JSON.parse(answer) as { id: string }).id, ackAt, visibility, classId, authorId: account.id });
          })().catch((error: unknown) => void failures.push(`${String(error)} (${String((error as Error).cause)})`)),
        );
      }
      await Promise.all(sent);
    }),
  );
  if (failures.length)
    throw new Error(
      `${failures.length} creates did not answer 201 (first: ${failures[0]}): the figures would not measure a school writing.`,
    );
  return { notes, latencies };
}

/** Accounts each class's writer needs for this many seconds of writing, within the hourly rate. */
export const accountsPerWriter = (ratePerWriter: number, totalSeconds: number) =>
  Math.ceil((ratePerWriter * totalSeconds) / NOTES_PER_ACCOUNT) + 1;

/**
 * One run: the readers open their streams, the classes write for `seconds`, every delivery is
 * awaited and checked. `used` counts each account's notes across runs (the rate's window is an hour).
 */
export async function liveSchoolRun(options: {
  base: string;
  school: School;
  serverPid: number;
  ratePerWriter: number;
  seconds: number;
  used: Map<HttpUser, number>;
}): Promise<LiveRun> {
  const { base, school, serverPid } = options;
  const readers = readersProcess();
  try {
    const rssBeforeMb = rssMb(serverPid);
    await readers.ask({
      type: "open",
      url: `${base}/api/documents/${SLUG}/events`,
      readers: school.readers.map((r) => ({ cookie: r.user.cookieHeader(), userId: r.user.id, classId: r.classId })),
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const rssOpenMb = rssMb(serverPid);
    let rssPeakMb = rssOpenMb;
    const sampler = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(serverPid))), 250);
    let written;
    try {
      written = await write(base, school, options);
    } finally {
      clearInterval(sampler);
    }
    const settled = await readers.ask<{
      times: number[];
      expected: number;
      missing: number;
      duplicates: number;
      forbidden: string[];
      forbiddenCount: number;
    }>({ type: "settle", notes: written.notes, waitMs: 30_000 });
    if (settled.forbiddenCount)
      throw new Error(`${settled.forbiddenCount} deliveries to readers who may not see them:\n${settled.forbidden.join("\n")}`);
    if (settled.missing)
      throw new Error(`${settled.missing} of ${settled.expected} deliveries had not arrived 30 s after the writing stopped`);
    await readers.ask({ type: "close" });
    return {
      deliveryP95Ms: percentile(settled.times, 95),
      deliveryP50Ms: percentile(settled.times, 50),
      createP95Ms: percentile(written.latencies, 95),
      deliveries: settled.times.length,
      notes: written.notes.length,
      rssBeforeMb,
      rssOpenMb,
      rssPeakMb,
    };
  } finally {
    readers.kill();
  }
}

/** The step as `npm run bench` runs it: the school signed up, a short round not counted, then `repeats` runs; the figures are medians. */
export async function liveSchool(options: {
  app: { baseUrl: string; pid: number };
  smoke: boolean;
  seconds: number;
  repeats: number;
  say: (line: string) => void;
}): Promise<Record<string, number>> {
  const { app, smoke, seconds, repeats, say } = options;
  const size = smoke ? { readers: 50, classes: 3 } : { readers: 1000, classes: 30 };
  const ratePerWriter = 5;
  const warmSeconds = smoke ? 0 : 5;
  const signUpStarted = now();
  const school = await signUpSchool(app.baseUrl, {
    ...size,
    accountsPerWriter: accountsPerWriter(ratePerWriter, repeats * seconds + warmSeconds),
  });
  say(
    `live: ${size.readers} readers in ${size.classes} classes and ${school.classes.reduce((n, c) => n + c.writers.length, 0)} writers signed up in ${Math.round((now() - signUpStarted) / 1000)} s`,
  );
  say(
    `live: the readers hold the letter's stream while ${size.classes} writers send ${ratePerWriter * size.classes} notes/s (public, class, private in turn), ${seconds} s, ${repeats}×`,
  );
  const serverPid = nextServerPid(app.pid);
  const used = new Map<HttpUser, number>();
  const run = (runSeconds: number) => liveSchoolRun({ base: app.baseUrl, school, serverPid, ratePerWriter, seconds: runSeconds, used });
  // A short round first, not counted: the first notes pay for compiling the stream's code paths.
  if (warmSeconds) await run(warmSeconds);
  const figures = await countedRuns({
    key: "live.readers1000",
    label: "live",
    repeats,
    readers: size.readers,
    run: () => run(seconds),
    say,
  });
  // The floor is a reference, not the measure: a floor run that fails loses the app's figures nothing.
  const floor = await liveFloor({ app, school, used, ratePerWriter, seconds, warmSeconds, repeats, say }).catch((error: unknown) => {
    if (smoke) throw error;
    say(`live floor: ${error instanceof Error ? error.message : String(error)}`);
    return {};
  });
  return { ...figures, ...floor };
}

/**
 * `repeats` runs, each told as it ends; the figures, under `key`, are the medians of theirs:
 * delivery, create latency, the server's peak RSS and its memory per open stream.
 */
async function countedRuns(options: {
  key: string;
  label: string;
  repeats: number;
  readers: number;
  run: () => Promise<LiveRun>;
  say: (line: string) => void;
}): Promise<Record<string, number>> {
  const runs: LiveRun[] = [];
  for (let i = 0; i < options.repeats; i++) {
    const figures = await options.run();
    options.say(
      `${options.label} run ${i + 1}: ${figures.notes} notes, ${figures.deliveries} deliveries, delivery p50 ${figures.deliveryP50Ms.toFixed(1)} / p95 ${figures.deliveryP95Ms.toFixed(1)} ms, create p95 ${figures.createP95Ms.toFixed(1)} ms, server RSS ${figures.rssBeforeMb.toFixed(0)} → ${figures.rssOpenMb.toFixed(0)} (open) → ${figures.rssPeakMb.toFixed(0)} MB (peak)`,
    );
    runs.push(figures);
  }
  const mid = (pick: (r: LiveRun) => number) => round(median(runs.map(pick)));
  return {
    [`${options.key}.deliveryP95Ms`]: mid((r) => r.deliveryP95Ms),
    [`${options.key}.deliveryP50Ms`]: mid((r) => r.deliveryP50Ms),
    [`${options.key}.createP95Ms`]: mid((r) => r.createP95Ms),
    [`${options.key}.rssMb`]: mid((r) => r.rssPeakMb),
    [`${options.key}.perStreamKb`]: mid((r) => ((r.rssOpenMb - r.rssBeforeMb) * 1024) / options.readers),
  };
}

/**
 * The same school, writers and readers' process against the step's floor (live-floor-server.ts):
 * a bare `node:http` server that fans the app's own note out to the same streams, with no
 * database, no session checks and no Next. What the floor cannot do on this machine, the app
 * cannot either; reported beside the app's figures, with no goal of its own.
 */
async function liveFloor(options: {
  app: { baseUrl: string };
  school: School;
  used: Map<HttpUser, number>;
  ratePerWriter: number;
  seconds: number;
  warmSeconds: number;
  repeats: number;
  say: (line: string) => void;
}): Promise<Record<string, number>> {
  const { school, say } = options;
  // The note the floor sends is one the app made, so that each delivery is the app's bytes.
  const author = school.classes[0]!.writers.find((w) => (options.used.get(w) ?? 0) < NOTES_PER_ACCOUNT)!;
  const made = await author.fetch("/api/annotations", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: noteRequest("public", null),
  });
  if (made.status !== 201) throw new Error(`the floor's note: ${made.status} ${await made.text()}`);
  const view = (await made.json()) as Record<string, unknown>;
  const server = fork(path.join(import.meta.dirname, "live-floor-server.ts"), [], { execArgv: ["--import", "tsx"], stdio: "inherit" });
  try {
    const accounts = [
      ...school.readers.map((r) => ({ cookie: r.user.cookieHeader(), userId: r.user.id, classIds: [r.classId] })),
      ...school.classes.flatMap((c) => c.writers.map((w) => ({ cookie: w.cookieHeader(), userId: w.id, classIds: [c.id] }))),
    ];
    const port = await new Promise<number>((resolve, reject) => {
      server.once("message", (answer: { port: number }) => resolve(answer.port));
      server.once("exit", (code) => reject(new Error(`the floor server exited (${code})`)));
      server.send({ type: "start", accounts, view });
    });
    // The floor keeps no hourly rate: its writers start afresh.
    const used = new Map<HttpUser, number>();
    const run = (seconds: number) =>
      liveSchoolRun({
        base: `http://127.0.0.1:${port}`,
        school,
        serverPid: server.pid!,
        ratePerWriter: options.ratePerWriter,
        seconds,
        used,
      });
    if (options.warmSeconds) await run(options.warmSeconds);
    return await countedRuns({
      key: "live.floor",
      label: "live floor",
      repeats: options.repeats,
      readers: school.readers.length,
      run: () => run(options.seconds),
      say,
    });
  } finally {
    server.kill();
  }
}
