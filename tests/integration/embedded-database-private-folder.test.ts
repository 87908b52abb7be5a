/**
 * A fresh clone in a private folder (mode 700: /root, `mktemp -d`) must start its embedded
 * PostgreSQL, also as root, where the server runs as the `postgres` user who cannot enter that
 * folder; and the PostgreSQL programs must work when npm skipped the package's postinstall.
 */
import { execFileSync } from "node:child_process";
import { lstatSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../scripts/bootstrap/embedded-database";
import { serverAccount } from "../../scripts/bootstrap/postgres-account";
import {
  canRun,
  hydrateSymlinks,
  packagedBinaries,
  postgresBinaries,
  type PackagedBinaries,
} from "../../scripts/bootstrap/postgres-binaries";

const asRoot = userInfo().uid === 0;
if (!asRoot)
  console.warn(
    "[embedded-database-private-folder] not root: the tests of starting as root are skipped (run the suite as root, as CI does, to cover them).",
  );

const cleanUp: string[] = [];
afterAll(async () => {
  for (const dir of cleanUp) await rm(dir, { recursive: true, force: true });
});

/** A private folder like `mktemp -d` makes. */
async function privateFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "interleaf-private-"));
  cleanUp.push(dir);
  expect((await stat(dir)).mode & 0o777).toBe(0o700);
  return dir;
}

/** A copy of the installed PostgreSQL programs in `dir`, without the lib/ symlinks npm's postinstall makes. */
async function copyWithoutSymlinks(dir: string, version: string): Promise<PackagedBinaries> {
  const packaged = await packagedBinaries();
  const nativeDir = path.join(dir, "package", "native");
  await mkdir(path.dirname(nativeDir));
  execFileSync("cp", ["-a", packaged.dir, nativeDir]);
  const links = JSON.parse(await readFile(path.join(nativeDir, "pg-symlinks.json"), "utf8")) as { target: string }[];
  for (const { target } of links) await rm(path.join(dir, "package", target), { force: true });
  const at = (file: string) => path.join(nativeDir, path.relative(packaged.dir, file));
  return { dir: nativeDir, initdb: at(packaged.initdb), postgres: at(packaged.postgres), version, packageName: packaged.packageName };
}

describe("the PostgreSQL programs when npm skipped their postinstall", () => {
  it("makes the missing library links, so initdb runs", async () => {
    const copy = await copyWithoutSymlinks(await privateFolder(), "unused");
    expect(canRun(copy)).toBe(false); // without libpq.so.5 → libpq.so.5.17, initdb cannot load
    expect(await hydrateSymlinks(copy.dir)).toBe(true);
    expect(canRun(copy)).toBe(true);
  });
});

describe.skipIf(!asRoot)("starting as root from a private folder", () => {
  it("copies programs the postgres user cannot reach to a root-owned cache it can run", async () => {
    const version = `test-${process.pid}-${Date.now()}`;
    const copy = await copyWithoutSymlinks(await privateFolder(), version);
    const account = serverAccount();
    expect(canRun(copy, account)).toBe(false); // the postgres user cannot enter the private folder

    const notices: string[] = [];
    const binaries = await postgresBinaries({ user: account, notice: (message) => notices.push(message), packaged: copy });
    const cacheDir = path.dirname(binaries.dir);
    cleanUp.push(cacheDir);
    expect(cacheDir).toContain(version);
    expect(canRun(binaries, account)).toBe(true);
    const cache = lstatSync(cacheDir);
    expect(cache.uid).toBe(0);
    expect(cache.mode & 0o022).toBe(0); // nobody but root can change the programs root starts
    expect(notices.join("\n")).toContain(binaries.dir);
  });

  it("keeps the cluster where the postgres user can reach it, says where, and finds it again", async () => {
    const dataDir = path.join(await privateFolder(), "app", ".data");
    const notices: string[] = [];
    const first = await startEmbeddedDatabase({ dataDir, notice: (message) => notices.push(message) });
    cleanUp.push(first.clusterDir);
    try {
      expect(path.relative(dataDir, first.clusterDir).startsWith("..")).toBe(true);
      expect(notices.join("\n")).toContain(first.clusterDir);
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      expect((await client.query("SELECT current_user AS name")).rows[0].name).toBe("postgres");
      await client.query("CREATE TABLE kept (id int)");
      await client.end();
    } finally {
      await first.stop();
    }

    const again = await startEmbeddedDatabase({ dataDir });
    try {
      expect(again.clusterDir).toBe(first.clusterDir);
      const client = new pg.Client({ connectionString: again.url });
      await client.connect();
      expect((await client.query("SELECT to_regclass('kept') IS NOT NULL AS kept")).rows[0].kept).toBe(true);
      await client.end();
    } finally {
      await again.stop();
    }
  });
});
