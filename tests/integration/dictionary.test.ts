/**
 * GET /api/dictionary through its route handler, over the real CC-CEDICT file the aligner reads:
 * a Chinese word in either script with pinyin, 注音 and senses, an English word's Chinese glosses,
 * the 400 `invalid_query` refusals (missing, blank, too long, repeated), and the lookup's p95
 * once the index is built (issue 15: ≤ 20 ms).
 */
import { describe, expect, it } from "vitest";
import { GET } from "../../app/api/dictionary/route";
import type { LookupResult } from "../../lib/dictionary/lookup";

const get = (query: string) => GET(new Request(`http://localhost/api/dictionary${query}`), undefined);

describe("GET /api/dictionary", () => {
  it("answers a Chinese word in either script with its readings and senses", async () => {
    const response = await get(`?q=${encodeURIComponent("監督")}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as LookupResult;
    expect(body.language).toBe("zh");
    expect(body.entries[0]).toMatchObject({ traditional: "監督", simplified: "监督", pinyin: "jiān dū", zhuyin: "ㄐㄧㄢ ㄉㄨ" });
    expect(body.entries[0]!.senses.join("; ")).toContain("supervise");
    const simplified = (await (await get(`?q=${encodeURIComponent("决定")}`)).json()) as LookupResult;
    expect(simplified.entries[0]).toMatchObject({ traditional: "決定", pinyin: "jué dìng" });
  }, 60_000);

  it("answers an English word with its Chinese glosses", async () => {
    const body = (await (await get("?q=bank")).json()) as LookupResult;
    expect(body.language).toBe("en");
    expect(body.entries[0]?.traditional).toBe("銀行");
    const none = (await (await get("?q=qwxzzy")).json()) as LookupResult;
    expect(none.entries).toEqual([]);
  });

  it("refuses a missing, blank, too long or repeated word with invalid_query", async () => {
    for (const query of ["", "?q=", "?q=%20%20", `?q=${"a".repeat(33)}`, "?q=a&q=b"]) {
      const response = await get(query);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { code: string }).code).toBe("invalid_query");
    }
    expect((await get(`?q=${"字".repeat(32)}`)).status).toBe(200);
  });

  it("looks a word up in well under 20 ms at the 95th percentile", async () => {
    const words = ["董事會", "监督", "oversee", "board", "competence", "世界領先", "decision", "行為", "trust", "安全"];
    const times: number[] = [];
    for (let i = 0; i < 200; i++) {
      const start = performance.now();
      const response = await get(`?q=${encodeURIComponent(words[i % words.length]!)}`);
      await response.json();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    expect(times[Math.floor(times.length * 0.95)]!).toBeLessThan(20);
  });
});
