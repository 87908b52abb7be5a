/**
 * Hostile input through the fields a user controls: each is refused with a 4xx or stored and
 * rendered inert; never a 500, never a live script. And the headers that keep pages safe.
 */
import { expect, test } from "@playwright/test";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { signUpAndSignIn } from "../support/auth";
import { LETTER_PATH, segmentId } from "../support/letter";

const HOSTILE = [
  "<script>window.__pwned=1</script>",
  '"><img src=x onerror="window.__pwned=2">',
  "javascript:window.__pwned=3",
  "JaVaScRiPt:alert(1)",
  "nul\u0000byte",
  "lone \ud800 surrogate",
  "bidi \u202eevil\u202c",
  "zero\u200bwidth",
  "combining e\u0301\u0301\u0301",
  "👩🏽‍💻🏳️‍🌈",
  "{{7*7}} ${7*7} %s %n",
  "' OR 1=1; --",
];

const s04 = letterSegments.find((s) => s.key === "s04")!.text;
const target = { segmentId: segmentId("s04"), language: "en", selector: describeSpan(s04, 4, 12) };
const note = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

test.describe("hostile input", () => {
  test("names, notes, tags and query strings: 4xx or stored inert, never 500", async ({ page, request }) => {
    for (const value of HOSTILE) {
      const register = await request.post("/api/register", {
        data: { email: `h${Date.now()}${Math.random()}@example.test`, password: "long enough password", name: value },
      });
      expect(register.status(), `register name ${JSON.stringify(value)}`).toBeLessThan(500);
      const v = encodeURIComponent(value.toWellFormed()); // a URL cannot carry a lone surrogate; %ED%A0%80 below tries the bytes
      for (const path of [
        `/api/documents/${v}`,
        `/api/annotations?document=${v}`,
        `/api/annotations?document=openai-letter-2023&q=${v}&tag=${v}`,
        `/api/annotations?document=openai-letter-2023&q=%ED%A0%80%00`,
        `/documents/${v}`,
      ]) {
        expect((await request.get(path)).status(), path).toBeLessThan(500);
      }
    }

    await signUpAndSignIn(page, { name: '<img src=x onerror="window.__pwned=4">' });
    for (const value of HOSTILE) {
      const created = await page.request.post("/api/annotations", {
        data: {
          document: "openai-letter-2023",
          target,
          body: note(value),
          tags: [value.replace(/[\s,]/g, "").slice(0, 40) || "x"],
          visibility: "private",
        },
      });
      expect(created.status(), `note ${JSON.stringify(value)}`).toBeLessThan(500);
    }
    // Class names, imported titles and texts, proposals, share options: each hostile value in each.
    const { id: classId } = await (await page.request.post("/api/classes", { data: { name: "Hostile input class" } })).json();
    for (const value of HOSTILE) {
      const attempts = [
        page.request.post("/api/classes", { data: { name: value } }),
        page.request.post("/api/classes/join", { data: { code: value } }),
        page.request.post("/api/documents", {
          data: { title: value, en: `${value} One sentence. Another one.`, zh: `${value}一句話。另一句。`, visibility: "private" },
        }),
        page.request.post("/api/translations", { data: { segmentId: segmentId("s04"), text: value, visibility: "private" } }),
        page.request.post("/api/translations", { data: { segmentId: value, text: "譯文" } }),
        page.request.post("/api/shares", {
          data: { document: "openai-letter-2023", classId, filters: { tag: value, query: value }, focus: value },
        }),
        page.request.get(
          `/api/segments/${encodeURIComponent(value.toWellFormed())}/compare?a=${encodeURIComponent(value.toWellFormed())}&b=x`,
        ),
      ];
      for (const response of await Promise.all(attempts))
        expect(response.status(), `${response.url()} with ${JSON.stringify(value)}`).toBeLessThan(500);
    }

    const wrongShapes: unknown[] = [
      [],
      "text",
      42,
      null,
      { document: { $gt: "" } },
      { document: "openai-letter-2023", target: [target], visibility: "private" },
    ];
    for (const data of wrongShapes) {
      const response = await page.request.post("/api/annotations", {
        data: JSON.stringify(data),
        headers: { "Content-Type": "application/json" },
      });
      expect(response.status(), JSON.stringify(data)).toBeGreaterThanOrEqual(400);
      expect(response.status(), JSON.stringify(data)).toBeLessThan(500);
    }
    // Deep nesting, written by hand (a JSON serialiser would overflow first): past the size limit, and under it.
    const nested = (levels: number) =>
      `{"document":"openai-letter-2023","visibility":"private","target":${JSON.stringify(target)},"body":{"type":"doc","content":[` +
      '{"type":"blockquote","content":['.repeat(levels) +
      '{"type":"paragraph"}' +
      "]}".repeat(levels) +
      "]}}";
    const post = (raw: string) =>
      page.request.post("/api/annotations", { data: Buffer.from(raw), headers: { "Content-Type": "application/json" } });
    expect((await post(nested(5000))).status()).toBe(413);
    expect((await post(nested(1500))).status()).toBe(422);
    const shallowDeep = {
      type: "doc",
      content: [Array.from({ length: 30 }).reduce<unknown>((inner) => ({ type: "blockquote", content: [inner] }), { type: "paragraph" })],
    };
    expect(
      (
        await page.request.post("/api/annotations", {
          data: { document: "openai-letter-2023", target, body: shallowDeep, visibility: "private" },
        })
      ).status(),
    ).toBe(422);
    expect(
      (
        await page.request.post("/api/annotations", {
          data: Buffer.alloc(5 * 1024 * 1024, "a"),
          headers: { "Content-Type": "application/json" },
        })
      ).status(),
    ).toBe(413);

    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(LETTER_PATH);
    await page
      .locator(`[data-pair="${segmentId("s04")}"]`)
      .getByRole("button", { name: /^\d+ notes? on this sentence$/ })
      .click();
    await expect(page.getByRole("complementary", { name: "Notes" }).getByRole("article").first()).toBeVisible();
    await expect(page.getByRole("complementary", { name: "Notes" })).toContainText("<script>window.__pwned=1</script>");
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator(".notes-panel img, .notes-panel script").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });
});

test.describe("safe defaults", () => {
  test("pages forbid framing by other sites and send a Content-Security-Policy", async ({ request }) => {
    for (const path of ["/", LETTER_PATH, "/signin"]) {
      const response = await request.get(path);
      const csp = response.headers()["content-security-policy"] ?? "";
      expect(csp).toContain("frame-ancestors 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("default-src 'self'");
      expect(response.headers()["x-frame-options"]).toBe("SAMEORIGIN");
      expect(response.headers()["x-content-type-options"]).toBe("nosniff");
    }
  });

  test("the session cookie is HttpOnly and SameSite=Lax", async ({ page }) => {
    await signUpAndSignIn(page);
    const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  });
});
