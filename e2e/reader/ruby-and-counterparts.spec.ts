import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { CLOSE, LETTER_PATH, segmentId } from "../support/letter";
import { selectWords, waitForSignedInReader } from "../support/reader";

const english = (key: string) => `.sentence[lang="en"][data-segment-id="${segmentId(key)}"]`;
const chinese = (key: string) => `.sentence[data-segment-id="${segmentId(key)}"][data-version-id]:visible`;
const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Selected text" });

/** Each word with ruby in a sentence, and the reading CSS draws over it (the <rt> holds no text). */
const rubyOf = (page: Page, sentence: string) =>
  page
    .locator(sentence)
    .evaluate((el) =>
      [...el.querySelectorAll("ruby")].map((ruby) => [
        ruby.textContent,
        getComputedStyle(ruby.querySelector("rt")!, "::before").content.replace(/^"|"$/g, ""),
      ]),
    );

/** The texts the word-link highlight covers now. */
const lit = (page: Page) =>
  page.evaluate(() => [...((CSS.highlights.get("word-link") as Set<Range> | undefined) ?? [])].map((r) => r.toString()).sort());

const selected = (page: Page) => page.evaluate(() => window.getSelection()?.toString());

test.describe("ruby, and words with their counterparts", () => {
  // The first word links align the letter in the server's text worker, and the first readings load the
  // dictionary: both take tens of seconds on a busy 2-core machine, so they are asked for once up front.
  test.setTimeout(180_000);
  test.beforeAll(async ({ request }) => {
    test.setTimeout(180_000);
    // A busy server may answer 503 (text_work_timeout) while it aligns: ask until the links are there.
    await expect
      .poll(async () => (await request.get(`/api/segments/${segmentId("s07")}/word-alignment?version=${CLOSE.id}`)).status(), {
        timeout: 170_000,
        intervals: [1_000],
      })
      .toBe(200);
  });

  test("Readings: pinyin as ruby over the Chinese, 注音 too, in either script; remembered, loaded only when chosen, and off again", async ({
    page,
  }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
    });
    await page.goto(LETTER_PATH, { waitUntil: "networkidle" });
    const firstLoad = await Promise.all(scripts);
    expect(firstLoad.filter((body) => body.includes("/readings?version="))).toEqual([]);

    await page.locator(english("s07")).scrollIntoViewIfNeeded();
    const options = page.getByRole("group", { name: "Readings" });
    await options.getByRole("radio", { name: "Pinyin" }).check();
    await expect.poll(() => rubyOf(page, chinese("s07")), { timeout: 90_000 }).toContainEqual(["行為", "xíngwéi"]);
    expect(await rubyOf(page, chinese("s07"))).toContainEqual(["能力", "nénglì"]);
    // The sentence's text is unchanged: the readings are not in it.
    await expect(page.locator(chinese("s07"))).toHaveText(CLOSE.texts.s07!);
    expect(await page.locator(chinese("s07")).evaluate((el) => getComputedStyle(el.querySelector("rt")!).userSelect)).toBe("none");
    expect(new URL(page.url()).searchParams.get("ruby")).toBe("pinyin");
    expect((await Promise.all(scripts)).some((body) => body.includes("/readings?version="))).toBe(true);

    await options.getByRole("radio", { name: "注音" }).check();
    await expect.poll(() => rubyOf(page, chinese("s07"))).toContainEqual(["行為", "ㄒㄧㄥˊ ㄨㄟˊ"]);

    // Remembered: a new visit without ?ruby= opens with 注音.
    await page.goto(LETTER_PATH);
    await page.locator(english("s07")).scrollIntoViewIfNeeded();
    await expect.poll(() => rubyOf(page, chinese("s07")), { timeout: 30_000 }).toContainEqual(["能力", "ㄋㄥˊ ㄌㄧˋ"]);

    // 简体: the Simplified twin gets the same readings.
    await page.getByRole("radio", { name: "简体" }).check();
    await options.getByRole("radio", { name: "Pinyin" }).check();
    await expect.poll(() => rubyOf(page, chinese("s07"))).toContainEqual(["行为", "xíngwéi"]);

    await options.getByRole("radio", { name: "Off" }).check();
    await expect(page.locator(".reader-text ruby")).toHaveCount(0);
    await expect(page.locator(chinese("s07"))).toHaveText(/行为/);
  });

  test("with ruby on, selecting Chinese words highlights exactly those words", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(`${LETTER_PATH}?ruby=pinyin`);
    await waitForSignedInReader(page);
    await page.locator(english("s10")).scrollIntoViewIfNeeded();
    await expect.poll(() => rubyOf(page, chinese("s10")), { timeout: 90_000 }).toContainEqual(["證據", "zhèngjù"]);

    await selectWords(page, page.locator(chinese("s10")), "書面證據");
    expect(await selected(page)).toBe("書面證據");
    await toolbar(page).getByRole("button", { name: "Highlight in green" }).click();
    const painted = () =>
      page.evaluate(() => [...((CSS.highlights.get("note-green") as Set<Range> | undefined) ?? [])].map((r) => r.toString()));
    await expect.poll(painted).toEqual(["書面證據"]);

    // Only this reader's own note: other journeys leave public notes on the letter.
    const { annotations } = (await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json()) as {
      annotations: { mine: boolean; targets: unknown[] }[];
    };
    const mine = annotations.filter((a) => a.mine);
    expect(mine).toHaveLength(1);
    const start = Array.from(CLOSE.texts.s10!).join("").indexOf("書面證據");
    expect(mine[0]!.targets[0]).toMatchObject({
      versionId: CLOSE.id,
      selector: { exact: "書面證據", start: Array.from(CLOSE.texts.s10!.slice(0, start)).length },
    });

    // Ruby off again: the same words stay painted.
    await page.getByRole("group", { name: "Readings" }).getByRole("radio", { name: "Off" }).check();
    await expect(page.locator(".reader-text ruby")).toHaveCount(0);
    await expect.poll(painted).toEqual(["書面證據"]);
  });

  test("W on an English word lights its counterpart and announces both", async ({ page }) => {
    await page.goto(LETTER_PATH);
    // The reader takes keys once it has hydrated; its margins (which describe each sentence's notes)
    // come with it. A key pressed before is lost, as it is to a person on a slow machine (CI saw it).
    await expect(page.locator(english("s07"))).toHaveAccessibleDescription(/^English, (no notes|\d+ notes?)$/);
    await page.locator(english("s07")).focus();
    await page.keyboard.press("w");
    await page.keyboard.press("ArrowRight");
    // The keys are held while their code loads and handed over then: the choice appears a moment later.
    await expect.poll(() => selected(page)).toBe("conduct");
    await expect.poll(() => lit(page), { timeout: 90_000 }).toEqual(["conduct", "行為"]);
    await expect(page.getByRole("status").filter({ hasText: "conduct ↔ 行為" })).toBeAttached();
  });

  test("P on chosen words, and Pair… on selected words, start the pair from their counterpart", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);

    // Keyboard: W → "conduct", P: 行為 is chosen in the Chinese sentence; P again pairs them.
    await page.locator(english("s07")).focus();
    await page.keyboard.press("w");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => lit(page), { timeout: 90_000 }).toEqual(["conduct", "行為"]);
    await page.keyboard.press("p");
    await expect(page.locator(chinese("s07"))).toBeFocused();
    expect(await selected(page)).toBe("行為");
    await expect(page.getByRole("status").filter({ hasText: "Pairing “conduct” with “行為”" })).toBeAttached();
    await page.keyboard.press("p");
    const composer = page.getByRole("form", { name: "New note" });
    await expect(composer.locator("blockquote")).toHaveText(["conduct", "行為"]);
    await composer.getByRole("button", { name: "Discard" }).click();

    // Mouse: select "oversee", Pair…: 監督 is selected, and the toolbar offers the pair.
    await selectWords(page, page.locator(english("s07")), "oversee");
    await expect.poll(() => lit(page)).toEqual(["oversee", "監督"]);
    await toolbar(page).getByRole("button", { name: "Pair…" }).click();
    await expect.poll(() => selected(page)).toBe("監督");
    await toolbar(page)
      .getByRole("button", { name: /Pair with “oversee”/ })
      .click();
    await expect(composer.locator("blockquote")).toHaveText(["oversee", "監督"]);
  });
});
