/**
 * Runs the app the way a user does (`npm start`, i.e. scripts/start.ts) in a child process, for
 * tests that need the real server: both database paths, restarts, a database going away.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { freePort } from "../../scripts/bootstrap/embedded-database";

const root = path.resolve(import.meta.dirname, "../..");

export interface AppProcess {
  baseUrl: string;
  /** The process `npm start` runs in (scripts/start.ts); the Next server is one of its descendants. */
  pid: number;
  output: () => string;
  stop: () => Promise<number | null>;
  /** Kills the app and everything it started (its embedded database too) at once, like a power cut. */
  crash: () => Promise<void>;
}

/** Runs `npm start` to completion when it is expected to refuse to start; returns its exit code and output. */
export async function runAppExpectingExit(env: Record<string, string | undefined>): Promise<{ code: number | null; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, PORT: String(await freePort()), NEXT_TELEMETRY_DISABLED: "1" };
  delete childEnv.NEXTAUTH_SECRET;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  return { code, output };
}

/** `pollMs`: how often to ask /api/health while it starts (the benchmark's start times ask often). */
export async function startApp(env: Record<string, string | undefined>, { pollMs = 250 }: { pollMs?: number } = {}): Promise<AppProcess> {
  const port = await freePort();
  // Tests sign up many users and open many live streams from one address; both limits have their own tests.
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
    REGISTRATIONS_PER_HOUR: "100000",
    STREAMS_PER_ADDRESS: "1000",
  };
  delete childEnv.DATABASE_URL;
  delete childEnv.NEXTAUTH_SECRET;
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  child.stdout!.on("data", (chunk) => (log += chunk));
  child.stderr!.on("data", (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The app exited with ${child.exitCode} before answering:\n${log}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid!, "SIGKILL");
      throw new Error(`The app did not become healthy within 90 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }

  return {
    baseUrl,
    pid: child.pid!,
    output: () => log,
    crash: async () => {
      process.kill(-child.pid!, "SIGKILL");
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
