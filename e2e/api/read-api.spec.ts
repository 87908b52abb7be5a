import { expect, test } from "@playwright/test";
import { CLOSE, FLUENT, HUXIU, segmentId } from "../support/letter";

test.describe("read API", () => {
  test("GET /api/documents lists the letter", async ({ request }) => {
    const response = await request.get("/api/documents");
    expect(response.status()).toBe(200);
    const { documents } = await response.json();
    expect(documents).toContainEqual(
      expect.objectContaining({ slug: "openai-letter-2023", url: "/documents/openai-letter-2023", title: expect.any(String) }),
    );
  });

  test("GET /api/documents/{slug} returns segments aligned with every version", async ({ request }) => {
    const response = await request.get("/api/documents/openai-letter-2023");
    expect(response.status()).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      slug: "openai-letter-2023",
      url: "/documents/openai-letter-2023",
      provenance: expect.stringContaining("onethat"),
    });
    expect(body.versions).toEqual([
      expect.objectContaining({ id: CLOSE.id, language: "zh-Hant", kind: "project_close", complete: true }),
      expect.objectContaining({ id: FLUENT.id, language: "zh-Hant", kind: "project_fluent", complete: true }),
      expect.objectContaining({ id: HUXIU.id, language: "zh-Hant", kind: "source", complete: false }),
    ]);
    expect(body.segments).toHaveLength(21);
    expect(body.segments[7]).toEqual(
      expect.objectContaining({
        id: segmentId("s07"),
        index: 7,
        paragraph: 2,
        text: "Your conduct has made it clear you did not have the competence to oversee OpenAI.",
        translations: { [CLOSE.id]: CLOSE.texts.s07, [FLUENT.id]: FLUENT.texts.s07, [HUXIU.id]: HUXIU.texts.s07 },
      }),
    );
  });

  test("the reader page comes from the cache whole, its Chinese intact, the same for every reader", async ({ request }) => {
    // The cache hands Next the page as bytes (server/runtime/page-cache-handler.mjs): what the first
    // reader got, every later one gets, byte for byte.
    const first = await request.get("/documents/openai-letter-2023");
    const again = await request.get("/documents/openai-letter-2023");
    expect(again.headers()["x-nextjs-cache"]).toBe("HIT");
    expect(again.headers()["content-type"]).toBe("text/html; charset=utf-8");
    const body = await again.body();
    expect(body.equals(await first.body())).toBe(true);
    const html = body.toString("utf8");
    expect(html).toContain(CLOSE.texts.s07);
    expect(html.trimEnd().endsWith("</html>")).toBe(true);
    const head = await request.head("/documents/openai-letter-2023");
    expect(head.status()).toBe(200);
    expect((await head.body()).length).toBe(0);
  });

  test("an unknown slug answers 404 JSON with a message", async ({ request }) => {
    const response = await request.get("/api/documents/no-such-letter");
    expect(response.status()).toBe(404);
    expect(response.headers()["content-type"]).toContain("application/json");
    expect((await response.json()).error).toMatch(/No document/);
  });

  test("GET /api/health reports the database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(await response.json()).toEqual({ db: "ok" });
  });
});
