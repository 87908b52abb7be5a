import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { describeSpan } from "../../lib/anchoring/text-quote";
import { letterSegments } from "../../prisma/seed/openai-letter";
import { signUpAndSignIn } from "../support/auth";
import { segmentId } from "../support/letter";

test.describe("notifications", () => {
  test("A writes a public note, B replies, A sees the unread count rise live in the header on a phone, opens the inbox and marks it read", async ({
    browser,
  }) => {
    test.setTimeout(90_000);
    const a = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signUpAndSignIn(a, { name: "Ada Author" });
    const text = letterSegments.find((s) => s.key === "s07")!.text;
    const at = text.indexOf("competence");
    const written = await a.request.post("/api/annotations", {
      data: {
        document: "openai-letter-2023",
        target: { segmentId: segmentId("s07"), language: "en", selector: describeSpan(text, at, at + "competence".length) },
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "What does competence mean?" }] }] },
        visibility: "public",
      },
    });
    expect(written.status()).toBe(201);
    const { id } = (await written.json()) as { id: string };

    await a.goto("/");
    const bell = a.getByRole("button", { name: /^Notifications/ });
    await expect(bell).toHaveAccessibleName("Notifications");

    const b = await (await browser.newContext()).newPage();
    await signUpAndSignIn(b, { name: "Ben Replier" });
    const replied = await b.request.post(`/api/annotations/${id}/replies`, {
      data: { body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "It means ability." }] }] } },
    });
    expect(replied.status()).toBe(201);

    // Live: A's open page hears about the reply over its inbox stream, without a reload.
    await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 15_000 });
    await expect(a.getByTestId("notification-count")).toHaveText("1");

    await bell.click();
    const panel = a.getByRole("region", { name: "Notifications" });
    const item = panel.getByRole("link", { name: /Ben Replier replied to a note on/ });
    await expect(item).toBeVisible();
    await expect(item).toHaveAttribute("href", "/read/openai-letter-2023");
    // On a 390 px phone the list stays on the screen.
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    // ... below the bell, which stays in reach to close it.
    expect(box.y).toBeGreaterThanOrEqual((await bell.boundingBox())!.y + 10);
    const sideways = await a.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
    expect(sideways, "the page scrolls sideways with the inbox open").toBeLessThanOrEqual(0);
    const axe = await new AxeBuilder({ page: a }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    if (process.env.NOTIFY_SHOT) await a.screenshot({ path: process.env.NOTIFY_SHOT });

    await panel.getByRole("button", { name: "Mark all read" }).click();
    await expect(bell).toHaveAccessibleName("Notifications");
    await expect(a.getByTestId("notification-count")).toHaveCount(0);
    await a.reload();
    await expect(a.getByRole("button", { name: /^Notifications/ })).toHaveAccessibleName("Notifications");

    // B, the one who replied, was not told about their own reply.
    const inbox = (await (await b.request.get("/api/notifications")).json()) as { unread: number; items: unknown[] };
    expect(inbox).toMatchObject({ unread: 0, items: [] });
  });

  test("the API: signed out 401, own notifications only, refusals with codes", async ({ browser, playwright }) => {
    const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
    const signedOut = await anonymous.get("/api/notifications");
    expect(signedOut.status()).toBe(401);
    expect(await signedOut.json()).toMatchObject({ code: "sign_in_required" });
    expect((await anonymous.get("/api/notifications/events")).status()).toBe(401);
    await anonymous.dispose();

    const page = await (await browser.newContext()).newPage();
    await signUpAndSignIn(page);
    expect(await (await page.request.get("/api/notifications")).json()).toEqual({ unread: 0, items: [], next: null });
    const badQuery = await page.request.get("/api/notifications?limit=501");
    expect(badQuery.status()).toBe(400);
    expect(await badQuery.json()).toMatchObject({ code: "invalid_query" });
    const tooMany = await page.request.post("/api/notifications/read", { data: { ids: Array.from({ length: 501 }, (_, i) => `n${i}`) } });
    expect(tooMany.status()).toBe(400);
    expect(await tooMany.json()).toMatchObject({ code: "invalid_fields" });
    // Someone else's (or a made-up) id is ignored, not refused: the answer says nothing about it.
    const unknown = await page.request.post("/api/notifications/read", { data: { ids: ["clnotmine000000000000000"] } });
    expect(unknown.status()).toBe(200);
    expect(await unknown.json()).toEqual({ marked: 0, unread: 0 });
    const all = await page.request.post("/api/notifications/read", { data: { all: true } });
    expect(await all.json()).toEqual({ marked: 0, unread: 0 });
  });
});
