import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { CLOSE, FLUENT, LETTER_PATH, segmentId } from "../support/letter";
import { chineseSentence, paintedRanges, selectWords, waitForSignedInReader } from "../support/reader";

const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Selected text" });
const panel = (page: Page) => page.getByRole("dialog", { name: /Compare translations/ });
const simplifiedSentence = (page: Page, key: string) =>
  page.locator(`.sentence[lang="zh-Hans"][data-segment-id="${segmentId(key)}"]:visible`);
const chooseScript = (page: Page, name: string) =>
  page.getByRole("group", { name: "Script (繁/简)" }).getByRole("radio", { name, exact: true }).check();
/** Which script's element each painted range of a colour sits in. */
const paintedScripts = (page: Page, color: string) =>
  page.evaluate(
    (c) =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`note-${c}`) ?? [])].map(
        (r) => (r.startContainer.parentElement as HTMLElement).dataset.script ?? "hant",
      ),
    color,
  );

test.describe("compare translations", () => {
  test("a student compares two versions, proposes their own, votes for a classmate's, and switches scripts with highlights in place", async ({
    page,
    browser,
  }) => {
    // Two readers, a dozen page loads and a reload: 28-31 s on a machine with load 20, past the default 30 s.
    test.setTimeout(60_000);
    // A classmate has already proposed a rendering of sentence 7.
    const classmateContext = await browser.newContext();
    const classmate = await classmateContext.newPage();
    const { name: classmateName } = await signUpAndSignIn(classmate, { name: `Lin ${Date.now().toString(36)}` });
    const proposed = await classmate.request.post("/api/translations", {
      data: { segmentId: segmentId("s07"), text: "你們的所作所為說明，你們無力監督 OpenAI。" },
    });
    expect(proposed.status()).toBe(201);
    await classmateContext.close();

    await signUpAndSignIn(page, { name: "Mei" });
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);

    // A highlight on the Traditional text first.
    await selectWords(page, chineseSentence(page, "s10"), "書面證據");
    await toolbar(page).getByRole("button", { name: "Highlight in green" }).click();
    await expect.poll(() => paintedRanges(page, "green")).toBe(1);

    // Open sentence 7's compare panel from its margin, and compare fluent with close.
    await page
      .locator(`[data-margin="${segmentId("s07")}"]`)
      .getByRole("button", { name: "Compare translations of sentence 7" })
      .click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator(".compare-english")).toContainText("Your conduct has made it clear");
    // The dialog is modal: the wheel over the page behind it does not scroll the letter away.
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.mouse.move(40, 400);
    await page.mouse.wheel(0, 1200);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrolledBefore);
    await panel(page).getByLabel("Translation A").selectOption({ label: FLUENT.name });
    await panel(page).getByLabel("Translation B").selectOption({ label: CLOSE.name });
    const sideA = panel(page).locator('[data-side="a"]');
    const sideB = panel(page).locator('[data-side="b"]');
    await expect(sideA.getByRole("heading")).toContainText(FLUENT.name);
    await expect(sideB.getByRole("heading")).toContainText(CLOSE.name);
    await expect(sideA.locator("del").first()).toBeVisible();
    await expect(sideB.locator("ins").first()).toBeVisible();
    // Unmarked and marked text together are exactly each version.
    expect(
      (await sideA.locator(".diff-text > span:not(.visually-hidden), .diff-text > del").allTextContents())
        .join("")
        .replace(/\[only in A: |\]/g, ""),
    ).toBe(FLUENT.texts.s07);

    // Propose their own.
    await panel(page).getByLabel("Your translation").fill("  你們的行為清楚顯示，你們沒有能力監督 OpenAI。 ");
    await panel(page).getByRole("button", { name: "Propose" }).click();
    const mine = panel(page).locator(".rendering").filter({ hasText: "(yours)" });
    await expect(mine).toHaveCount(1);
    await expect(mine.locator(".rendering-text")).toHaveText("你們的行為清楚顯示，你們沒有能力監督 OpenAI。");
    await expect(panel(page).getByLabel("Translation B")).toHaveValue(await mine.getAttribute("data-translation-id").then((v) => v!));

    // Vote for the classmate's proposal: once, and a second press takes the vote back.
    const theirs = panel(page)
      .locator(".rendering")
      .filter({ hasText: `Proposal by ${classmateName}` });
    const voteFor = theirs.getByRole("button", { name: /^Vote for/ });
    await voteFor.click();
    await expect(voteFor).toHaveAttribute("aria-pressed", "true");
    await expect(voteFor).toContainText("1");
    const listed = await (await page.request.get(`/api/segments/${segmentId("s07")}/translations`)).json();
    const theirsListed = listed.translations.find((t: { author?: { name: string } }) => t.author?.name === classmateName);
    expect(theirsListed.votes).toEqual({ up: 1, down: 0, score: 1, mine: 1 });
    await page.keyboard.press("Escape");
    await expect(panel(page)).toBeHidden();

    // Simplified: the text converts, and the highlight sits on the same characters.
    await chooseScript(page, "简体");
    await expect(page).toHaveURL(/script=hans/);
    await expect(simplifiedSentence(page, "s10")).toContainText("书面证据");
    await expect(chineseSentence(page, "s10")).toHaveCount(0);
    await expect.poll(() => paintedScripts(page, "green")).toEqual(["hans"]);
    const painted = await page.evaluate(() =>
      [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("note-green")!][0]!.toString(),
    );
    expect(painted).toBe("书面证据");

    // A highlight made on Simplified text is stored against the Traditional text.
    await selectWords(page, simplifiedSentence(page, "s11"), "不诚信");
    await toolbar(page).getByRole("button", { name: "Highlight in blue" }).click();
    await expect.poll(() => paintedScripts(page, "blue")).toEqual(["hans"]);
    const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
    const blue = annotations.find((a: { color: string }) => a.color === "blue");
    expect(blue.targets[0]).toMatchObject({ language: "zh-Hant", versionId: CLOSE.id, selector: { exact: "不誠信" } });

    // The choice is remembered, and back in Traditional both highlights are in place.
    await page.reload();
    await expect(simplifiedSentence(page, "s10")).toBeVisible();
    await expect.poll(() => paintedScripts(page, "green")).toEqual(["hans"]);
    await chooseScript(page, "繁體");
    await expect(chineseSentence(page, "s10")).toBeVisible();
    await expect.poll(() => paintedScripts(page, "green")).toEqual(["hant"]);
    await expect.poll(() => paintedScripts(page, "blue")).toEqual(["hant"]);
    expect(
      await page.evaluate(() =>
        [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("note-blue")!][0]!.toString(),
      ),
    ).toBe("不誠信");
  });

  test("the whole-letter view marks differences, colours divergence and opens a sentence's panel", async ({ page }) => {
    // The letter has three versions, so its reader offers the whole-letter view.
    await page.goto(LETTER_PATH);
    await expect(page.getByRole("link", { name: "Compare translations" })).toHaveAttribute("href", `${LETTER_PATH}/compare`);
    await page.goto(`${LETTER_PATH}/compare?a=${FLUENT.id}&b=${CLOSE.id}`);
    await expect(page.getByRole("heading", { name: "Compare translations", level: 1 })).toBeVisible();
    // The salutation's renderings are close (0.21 apart), so they keep the character diff; renderings further
    // apart are compared word by word once the letter is aligned (e2e/concordance/concordance.spec.ts).
    const close = page.locator(`[data-compare-row="${segmentId("s00")}"]`);
    await expect(close.locator('[data-column="a"] del').first()).toBeVisible();
    await expect(close.locator('[data-column="b"] ins').first()).toBeVisible();
    const row = page.locator(`[data-compare-row="${segmentId("s07")}"]`);
    expect(Number(await row.locator(".divergence").getAttribute("data-divergence"))).toBeGreaterThan(0);
    await row.getByRole("button", { name: /Compare all translations/ }).click();
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).locator(".rendering").first()).toContainText(CLOSE.texts.s07!);
    await expect(panel(page).getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("the API compares, serves Simplified, and refuses bad input", async ({ page }) => {
    const compare = await page.request.get(`/api/segments/${segmentId("s07")}/compare?a=${CLOSE.id}&b=${FLUENT.id}`);
    expect(compare.ok()).toBe(true);
    const { ops, distance } = await compare.json();
    const side = (skip: string) =>
      ops
        .filter((o: { op: string }) => o.op !== skip)
        .map((o: { text: string }) => o.text)
        .join("");
    expect(side("insert")).toBe(CLOSE.texts.s07);
    expect(side("delete")).toBe(FLUENT.texts.s07);
    expect(distance).toBeGreaterThan(0);

    const hans = await (await page.request.get("/api/documents/openai-letter-2023?script=hans")).json();
    expect(hans.segments.find((s: { id: string }) => s.id === segmentId("s10")).translations[CLOSE.id]).toContain("书面证据");
    expect((await page.request.get("/api/documents/openai-letter-2023?script=latin")).status()).toBe(400);

    expect((await page.request.post("/api/translations", { data: { segmentId: segmentId("s07"), text: "試" } })).status()).toBe(401);
    await signUpAndSignIn(page);
    expect((await page.request.post("/api/translations", { data: { segmentId: segmentId("s07"), text: "   " } })).status()).toBe(400);
    expect(
      (await page.request.post("/api/translations", { data: { segmentId: segmentId("s07"), text: "字".repeat(9000) } })).status(),
    ).toBe(413);
    const created = await page.request.post("/api/translations", { data: { segmentId: segmentId("s07"), text: "<b>不是 HTML</b>" } });
    expect(created.status()).toBe(201);
    const { id } = await created.json();
    for (let i = 0; i < 3; i++) expect((await page.request.post(`/api/translations/${id}/votes`, { data: { value: 1 } })).ok()).toBe(true);
    expect((await (await page.request.get(`/api/translations/${id}`)).json()).votes).toEqual({ up: 1, down: 0, score: 1, mine: 1 });
    expect((await page.request.post(`/api/translations/${id}/votes`, { data: { value: 2 } })).status()).toBe(400);
    expect((await page.request.post(`/api/segments/${segmentId("s07")}/adoption`, { data: { translationId: id } })).status()).toBe(403);
    expect((await page.request.delete(`/api/translations/${id}`)).status()).toBe(204);
    expect((await page.request.get(`/api/translations/${id}`)).status()).toBe(404);
  });

  test("a proposal kept to oneself is shown with its audience and to nobody else", async ({ page, browser }) => {
    await signUpAndSignIn(page, { name: "Private Pia" });
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    await page
      .locator(`[data-margin="${segmentId("s05")}"]`)
      .getByRole("button", { name: "Compare translations of sentence 5" })
      .click();
    await panel(page).getByLabel("Your translation").fill("只給自己看的譯法。");
    const audience = panel(page).getByRole("group", { name: "Who can see it" });
    await expect(audience.getByRole("radio", { name: "Everyone" })).toBeChecked();
    await audience.getByRole("radio", { name: "Only me" }).check();
    await panel(page).getByRole("button", { name: "Propose" }).click();
    const mine = panel(page).locator(".rendering").filter({ hasText: "(yours)" });
    await expect(mine).toContainText("Only you");

    const other = await browser.newPage();
    await signUpAndSignIn(other, { name: "Other Otto" });
    const listed = await (await other.request.get(`/api/segments/${segmentId("s05")}/translations`)).json();
    expect(JSON.stringify(listed)).not.toContain("只給自己看的譯法");
    await other.close();
  });
});
