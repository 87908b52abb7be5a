import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resolveAuthSecret } from "./auth-secret";

describe("resolveAuthSecret on the embedded default", () => {
  let dataDir: string;
  const saved = process.env.NEXTAUTH_SECRET;
  beforeEach(async () => {
    delete process.env.NEXTAUTH_SECRET;
    dataDir = await mkdtemp(path.join(tmpdir(), "interleaf-secret-"));
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.NEXTAUTH_SECRET;
    else process.env.NEXTAUTH_SECRET = saved;
    await rm(dataDir, { recursive: true, force: true });
  });

  it("generates a secret once and reuses it", async () => {
    const first = await resolveAuthSecret({ embedded: true, dataDir });
    expect(first).toMatch(/^[\w-]{43}$/);
    expect(await resolveAuthSecret({ embedded: true, dataDir })).toBe(first);
  });

  it("replaces an empty secret file instead of signing sessions with nothing", async () => {
    await writeFile(path.join(dataDir, "auth-secret"), "\n");
    const secret = await resolveAuthSecret({ embedded: true, dataDir });
    expect(secret).toMatch(/^[\w-]{43}$/);
    expect((await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim()).toBe(secret);
  });
});
