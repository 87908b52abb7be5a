/**
 * A hostile probe of the whole API against the running app (`npm start`; needs a build) (issue 14,
 * finding 11). Every route handler under app/api (found on disk, so a new route is probed without
 * editing this file) gets, anonymously and signed in: odd path values (NUL, undecodable percent
 * escapes, 2^31, negative, very long), hostile query strings (unknown enum values, out-of-range
 * numbers and dates, repeated names where one value is expected), hostile bodies (wrong JSON
 * types, 2^31, NUL, lone surrogates, invalid JSON, the wrong content type, 1 MB) and odd headers
 * (Accept-Language, cookies, Last-Event-ID, Idempotency-Key). No answer may be a 5xx, carry a
 * stack trace or take longer than a generous budget.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { englishTarget, note } from "../support/annotation-fixtures";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
const root = path.resolve(import.meta.dirname, "../..");
const BUDGET_MS = 15_000;
const INT4_OVER = 2 ** 31;

interface Route {
  template: string;
  methods: string[];
}

/** Every app/api/**\/route.ts as an address template and the methods it exports. */
function apiRoutes(): Route[] {
  const routes: Route[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const source = readFileSync(full, "utf8");
        const methods = [
          ...source.matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b|as (GET|POST|PUT|PATCH|DELETE)\b/g),
        ].map((m) => m[1] ?? m[2]!);
        routes.push({
          template: "/" + path.relative(path.join(root, "app"), dir).split(path.sep).join("/"),
          methods: [...new Set(methods)],
        });
      }
    }
  };
  walk(path.join(root, "app/api"));
  return routes.sort((a, b) => a.template.localeCompare(b.template));
}

/** The template with each [param] (or [...param]) replaced by `value`. */
const fill = (template: string, value: (name: string) => string) =>
  template.replace(/\[(?:\.\.\.)?([^[\]]+)\]/g, (_, name: string) => value(name));

const plausible = (name: string) =>
  name === "slug"
    ? "openai-letter-2023"
    : name === "nextauth"
      ? "session"
      : name === "notFound"
        ? "nothing/here"
        : "clprobe0000000000000000000";
const HOSTILE_SEGMENTS = ["%00", "%ED%A0%80", "%FF", String(INT4_OVER), "-1", "a".repeat(3000), "..%2F..%2Fetc", "%E4%B8%AD%ED%A0%80"];

const HOSTILE_QUERIES = [
  "?document=openai-letter-2023&motivation=invalid",
  "?document=openai-letter-2023&motivation=%00&tag=%00&author=%00&q=%00",
  "?document=openai-letter-2023&limit=5&after=-271821-04-20T00:00:00.000Z~x",
  "?document=openai-letter-2023&limit=5&after=%2B275760-09-13T00:00:00.000Z~x",
  `?document=openai-letter-2023&limit=${INT4_OVER}&version=${INT4_OVER}&paragraph=${INT4_OVER}&lastEventId=99999999999999999999`,
  "?document=openai-letter-2023&limit=-1&version=-1&lastEventId=-1&segments=,,,",
  "?document=a&document=b&scope=a&scope=b&a=1&a=2&b=1&script=hans&script=hant&version=x&version=y&motivation=commenting&motivation=questioning",
  "?document=%ED%A0%80&scope=%ED%A0%80&a=%ED%A0%80&b=%FF&script=%FF&version=%ED%A0%80&lastEventId=%ED%A0%80",
  `?document=${"a".repeat(6000)}&q=${"b".repeat(6000)}`,
  "?script=hans&scope=document&a=x&b=y",
];

const big = "x".repeat(1024 * 1024);
const hostileObject = {
  document: "\u0000",
  version: INT4_OVER,
  paragraph: INT4_OVER,
  value: INT4_OVER,
  text: ["not", "a", "string"],
  title: { nested: true },
  name: "\ud800",
  email: "\u0000@example.test",
  password: 12,
  code: ["a"],
  classId: -1,
  segmentId: INT4_OVER,
  translationId: null,
  scope: "\u0000",
  rows: [{ paragraph: INT4_OVER, kind: "sentence", en: "a", zh: "b" }],
  target: { segmentId: "x", language: "en", selector: { exact: "a", start: INT4_OVER, end: INT4_OVER + 1 } },
  visibility: "class",
  hidden: "yes",
  body: { type: "doc", content: [{ type: "text", text: "\u0000" }] },
};
const BODIES: { label: string; type?: string; body: string }[] = [
  { label: "empty object", type: "application/json", body: "{}" },
  { label: "hostile fields", type: "application/json", body: JSON.stringify(hostileObject) },
  { label: "array", type: "application/json", body: "[1,2,3]" },
  { label: "string", type: "application/json", body: '"just a string"' },
  { label: "null", type: "application/json", body: "null" },
  { label: "lone surrogate", type: "application/json", body: '{"text":"\\ud800","name":"\\udc00","body":"\\ud800"}' },
  { label: "huge number", type: "application/json", body: '{"version":1e400,"value":-1e400,"paragraph":9007199254740993}' },
  { label: "invalid JSON", type: "application/json", body: "{" },
  { label: "wrong content type", type: "text/plain", body: "hello" },
  { label: "form", type: "application/x-www-form-urlencoded", body: "a=1&b=%00&c=%ED%A0%80" },
  { label: "1 MB", type: "application/json", body: JSON.stringify({ text: big, body: big, name: big }) },
  { label: "no body", body: "" },
];

const HEADERS: Record<string, string>[] = [
  { "Accept-Language": "zh-" + "a".repeat(4000) },
  { "Accept-Language": "*;q=abc, zh-TW;q=2, en;q=-1, \u00ff" },
  { Cookie: "next-auth.session-token=garbage; interleaf-locale=%ED%A0%80; next-auth.session-token.0=x" },
  { Cookie: `next-auth.session-token=${"A".repeat(6000)}` },
  { "Last-Event-ID": "99999999999999999999", "Idempotency-Key": "\u00ff".repeat(10) },
  { "Idempotency-Key": "k".repeat(5000), Accept: "text/html" },
];

let app: AppProcess;
let member: HttpUser;
const probeStarted = new Date();
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "hostile-probe-secret-0123456789abcdef" });
  member = await signUp(app.baseUrl, "Prober");
}, 180_000);
afterAll(async () => {
  // The probe trips rate limits keyed on 127.0.0.1 (class codes, resets, sign-in); later files must not inherit them.
  await db.rateLimitEvent.deleteMany({ where: { createdAt: { gte: probeStarted } } });
  await db.signInFailure.deleteMany({ where: { createdAt: { gte: probeStarted } } });
  await app?.stop();
  await db.$disconnect();
});

interface Probe {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
  type?: string;
  as?: HttpUser;
}

const STACK_TRACE = /\n[ \t]+at [^\n]+:\d+:\d+|node_modules\/|\.next\/server|Invalid `prisma|PrismaClient\w*Error/;

/** Sends one probe; returns what is wrong with its answer, or null. Streams are read only to their headers. */
async function probe(p: Probe): Promise<string | null> {
  const headers = new Headers(p.headers);
  if (p.type) headers.set("Content-Type", p.type);
  const init: RequestInit = {
    method: p.method,
    headers,
    body: p.body === undefined || p.method === "GET" || p.body === "" ? undefined : p.body,
    signal: AbortSignal.timeout(BUDGET_MS),
  };
  const started = Date.now();
  let response: Response;
  try {
    response = p.as ? await p.as.fetch(p.path, init) : await fetch(`${app.baseUrl}${p.path}`, { ...init, redirect: "manual" });
  } catch (error) {
    return `${p.method} ${p.path.slice(0, 120)}: no answer within ${BUDGET_MS} ms (${(error as Error).message})`;
  }
  let text = "";
  if ((response.headers.get("content-type") ?? "").includes("text/event-stream")) await response.body?.cancel();
  else text = await response.text().catch(() => "");
  const took = Date.now() - started;
  const what = `${p.method} ${p.path.slice(0, 160)}${p.headers ? ` ${JSON.stringify(p.headers).slice(0, 80)}` : ""}${p.type ? ` [${p.type}]` : ""}${p.as ? " (signed in)" : ""}`;
  if (response.status >= 500) return `${what}: ${response.status} ${text.slice(0, 200)}`;
  if (STACK_TRACE.test(text)) return `${what}: a stack trace in the answer: ${text.slice(0, 300)}`;
  if (took > BUDGET_MS) return `${what}: took ${took} ms`;
  return null;
}

/** Runs probes a few at a time; returns every problem found. */
async function run(probes: Probe[], concurrency = 4): Promise<string[]> {
  const problems: string[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < probes.length) {
        const problem = await probe(probes[next++]!);
        if (problem) problems.push(problem);
      }
    }),
  );
  return problems;
}

const routes = apiRoutes();

describe("the hostile probe", () => {
  it("finds every API route on disk", () => {
    expect(routes.length).toBeGreaterThan(30);
    expect(routes.map((r) => r.template)).toContain("/api/annotations");
    for (const route of routes) expect(route.methods.length, route.template).toBeGreaterThan(0);
  });

  it("gets no 5xx and no stack trace for odd path values", async () => {
    const probes: Probe[] = [];
    for (const route of routes) {
      if (!route.template.includes("[")) continue;
      for (const segment of HOSTILE_SEGMENTS)
        for (const method of route.methods)
          probes.push({ method, path: fill(route.template, () => segment), type: "application/json", body: "{}" });
    }
    for (const page of [
      "/%ED%A0%80",
      "/%FF",
      "/read/%ED%A0%80",
      "/documents/%00",
      "/s/%ED%A0%80",
      "/_next/%ED%A0%80",
      "/favicon.ico%ED%A0%80",
      "/api/%ED%A0%80",
      "/api/nothing/here%ED%A0%80",
    ])
      probes.push({ method: "GET", path: page });
    expect(await run(probes)).toEqual([]);
  }, 600_000);

  it("gets no 5xx and no stack trace for hostile query strings, anonymous and signed in", async () => {
    const probes: Probe[] = [];
    for (const route of routes)
      for (const query of HOSTILE_QUERIES)
        for (const method of route.methods)
          for (const as of [undefined, member]) probes.push({ method, path: fill(route.template, plausible) + query, as });
    expect(await run(probes)).toEqual([]);
  }, 600_000);

  it("gets no 5xx and no stack trace for hostile bodies, anonymous and signed in", async () => {
    const probes: Probe[] = [];
    for (const route of routes)
      for (const method of route.methods.filter((m) => m !== "GET"))
        for (const body of BODIES)
          for (const as of [undefined, member])
            probes.push({ method, path: fill(route.template, plausible), body: body.body, type: body.type, as });
    expect(await run(probes)).toEqual([]);
  }, 600_000);

  it("gets no 5xx and no stack trace for odd headers", async () => {
    const probes: Probe[] = [];
    for (const route of routes)
      for (const headers of HEADERS)
        for (const method of route.methods)
          probes.push({ method, path: fill(route.template, plausible), headers, type: "application/json", body: "{}" });
    for (const headers of HEADERS)
      probes.push({ method: "GET", path: "/", headers }, { method: "GET", path: "/read/openai-letter-2023", headers });
    expect(await run(probes)).toEqual([]);
  }, 600_000);

  it("refuses numbers beyond a PostgreSQL integer on real notes and drafts with 400", async () => {
    const created = await member.send("POST", "/api/annotations", {
      document: "openai-letter-2023",
      target: englishTarget("s07", "competence"),
      body: note("A note to edit"),
      visibility: "private",
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    expect((await member.send("PATCH", `/api/annotations/${id}`, { version: INT4_OVER, body: note("x") })).status).toBe(400);
    expect((await member.send("PATCH", `/api/annotations/${id}`, { version: 1, body: note("still editable") })).status).toBe(200);

    const imported = await member.send("POST", "/api/documents", {
      title: "Probe draft",
      en: "One sentence here. Another one.",
      zh: "一句。又一句。",
      visibility: "private",
    });
    expect(imported.status, await imported.clone().text()).toBe(201);
    const { slug } = (await imported.json()) as { slug: string };
    const rows = [{ paragraph: INT4_OVER, kind: "sentence", en: "One sentence here.", zh: "一句。" }];
    expect((await member.send("PUT", `/api/documents/${slug}/alignment`, { rows })).status).toBe(400);
    expect((await member.send("PUT", `/api/documents/${slug}/alignment`, { rows: [{ ...rows[0], paragraph: 0 }] })).status).toBe(200);
  });

  it("answers unknown API addresses with a JSON 404", async () => {
    for (const address of ["/api/nothing", "/api/nothing/here", "/api/annotations/x/y/z", "/api/%ED%A0%80"]) {
      const response = await fetch(`${app.baseUrl}${address}`);
      expect(response.status, address).toBe(404);
      expect(response.headers.get("content-type"), address).toMatch(/application\/json/);
      expect(((await response.json()) as { error?: unknown }).error, address).toEqual(expect.any(String));
    }
  });

  it("refuses the query values of finding 11 with 400 invalid_query", async () => {
    for (const query of [
      "?document=openai-letter-2023&motivation=invalid",
      "?document=openai-letter-2023&motivation=%00",
      "?document=openai-letter-2023&limit=5&after=-271821-04-20T00:00:00.000Z~x",
      "?document=openai-letter-2023&document=again",
    ]) {
      const response = await fetch(`${app.baseUrl}/api/annotations${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { code?: string }).code, query).toBe("invalid_query");
    }
  });
});
