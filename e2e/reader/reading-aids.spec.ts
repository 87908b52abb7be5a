import { expect, test, type Page } from "@playwright/test";
import { wordCentre } from "../support/reader";
import { signUpAndSignIn } from "../support/auth";
import { CLOSE, LETTER_PATH, segmentId } from "../support/letter";

const english = (key: string) => `.sentence[lang="en"][data-segment-id="${segmentId(key)}"]`;
const chinese = (key: string) => `.sentence[data-segment-id="${segmentId(key)}"][data-version-id]:visible`;
const speaking = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-speaking="true"]')].map((el) => el.textContent));
const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
const finishUtterance = (page: Page) => page.evaluate(() => (window as unknown as { __finishSpeech: () => void }).__finishSpeech());

/** Double-clicks the middle of `word` in a sentence, as a reader does to pick a word. */
async function doubleClickWord(page: Page, sentence: string, word: string) {
  const box = await wordCentre(page, sentence, word);
  await page.mouse.dblclick(box.x, box.y);
}

test.describe("reading aids", () => {
  test("Read aloud reads the pair in each language, lighting the sentence being read; A and Escape on a sentence", async ({ page }) => {
    // What the page asks the browser to say, observed by wrapping speak(); each utterance ends when the test says so.
    await page.addInitScript(() => {
      const w = window as unknown as {
        __spoken: { text: string; lang: string }[];
        __current: SpeechSynthesisUtterance | null;
        __finishSpeech: () => void;
      };
      w.__spoken = [];
      w.__current = null;
      window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
        w.__spoken.push({ text: utterance.text, lang: utterance.lang });
        w.__current = utterance;
      };
      w.__finishSpeech = () => {
        const utterance = w.__current;
        w.__current = null;
        utterance?.onend?.(new Event("end") as SpeechSynthesisEvent);
      };
    });
    await page.goto(LETTER_PATH);
    const pair = page.locator(`[data-pair="${segmentId("s07")}"]`);
    await pair.scrollIntoViewIfNeeded();
    await pair.hover();
    await pair.getByRole("button", { name: "Read aloud" }).click();

    const en = await page.locator(english("s07")).textContent();
    await expect.poll(() => spoken(page)).toEqual([{ text: en, lang: expect.stringMatching(/^en/) }]);
    expect(await speaking(page)).toEqual([en]);
    await expect(pair.getByRole("button", { name: "Stop reading" })).toHaveAttribute("aria-pressed", "true");

    await finishUtterance(page);
    await expect.poll(() => spoken(page)).toHaveLength(2);
    expect((await spoken(page))[1]).toEqual({ text: CLOSE.texts.s07, lang: expect.stringMatching(/^zh-TW/) });
    expect(await speaking(page)).toEqual([CLOSE.texts.s07]);

    await finishUtterance(page);
    await expect.poll(() => speaking(page)).toEqual([]);
    await expect(pair.getByRole("button", { name: "Read aloud" })).toHaveAttribute("aria-pressed", "false");

    // The keyboard: A reads the focused sentence, Escape stops.
    await page.locator(english("s08")).focus();
    await page.keyboard.press("a");
    const s08 = await page.locator(english("s08")).textContent();
    await expect.poll(() => speaking(page)).toEqual([s08]);
    expect((await spoken(page)).at(-1)?.text).toBe(s08);
    await page.keyboard.press("Escape");
    await expect.poll(() => speaking(page)).toEqual([]);
  });

  test("a dictionary card: double-click a Chinese word, or press D on an English word chosen with W", async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto(LETTER_PATH);
    await page.locator(english("s07")).scrollIntoViewIfNeeded();
    await doubleClickWord(page, chinese("s07"), "監督");
    const card = page.getByRole("dialog", { name: "Dictionary: 監督" });
    await expect(card).toContainText("jiān dū", { timeout: 30_000 });
    await expect(card).toContainText("ㄐㄧㄢ ㄉㄨ");
    await expect(card).toContainText("supervise");
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();

    // Keyboard only: W chooses "Your", → moves to "conduct", D opens its card of Chinese glosses.
    await page.locator(english("s07")).focus();
    await page.keyboard.press("w");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("d");
    const conduct = page.getByRole("dialog", { name: "Dictionary: conduct" });
    await expect(conduct).toBeFocused();
    await expect(conduct).toContainText("指揮");
    await page.keyboard.press("Escape");
    await expect(conduct).toBeHidden();
    await expect(page.locator(english("s07"))).toBeFocused();

    // Simplified: the headword in 简体 with pinyin and no 注音.
    await page.goto(`${LETTER_PATH}?script=hans`);
    await page.locator(english("s08")).scrollIntoViewIfNeeded();
    await doubleClickWord(page, chinese("s08"), "决定");
    const decision = page.getByRole("dialog", { name: "Dictionary: 决定" });
    await expect(decision).toContainText("jué dìng");
    await expect(decision).not.toContainText("ㄐㄩㄝˊ");
  });

  test("My words: save a word from the card, find it on the account page with its sentence, export it for Anki, remove it", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await page.locator(english("s07")).scrollIntoViewIfNeeded();
    await doubleClickWord(page, chinese("s07"), "監督");
    const card = page.getByRole("dialog", { name: "Dictionary: 監督" });
    await card.getByRole("button", { name: "Save word" }).click();
    await expect(card.getByRole("status")).toHaveText("Saved to My words.");

    await page.goto("/account");
    const words = page.getByRole("region", { name: "My words" });
    await expect(words.getByRole("listitem")).toHaveCount(1);
    await expect(words.getByRole("listitem")).toContainText("監督");
    await expect(words.getByRole("listitem")).toContainText("jiān dū");
    await expect(words.getByRole("listitem")).toContainText(CLOSE.texts.s07!);

    const csv = await (await page.request.get("/api/words/export.csv")).text();
    expect(csv.split("\r\n").slice(0, 3)).toEqual(["#separator:comma", "#html:false", "#columns:Front,Back,Sentence"]);
    expect(csv).toContain(`監督,jiān dū ㄐㄧㄢ ㄉㄨ — `);
    expect(csv).toContain(CLOSE.texts.s07!);

    await words.getByRole("button", { name: "Remove 監督" }).click();
    await expect(words.getByRole("listitem")).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole("region", { name: "My words" })).toContainText("No saved words yet.");
  });

  test("the aids load on first use: no speech or dictionary code in the reader's first load", async ({ page }) => {
    const scripts: Promise<string>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") scripts.push(response.text().catch(() => ""));
    });
    await page.goto(LETTER_PATH, { waitUntil: "networkidle" });
    const firstLoad = await Promise.all(scripts);
    expect(firstLoad.length).toBeGreaterThan(0);
    expect(firstLoad.filter((body) => body.includes("/api/dictionary") || body.includes("SpeechSynthesisUtterance"))).toEqual([]);
    // Pressing 🔊 brings the speech code.
    const before = scripts.length;
    await page.locator(`[data-pair="${segmentId("s03")}"] [data-read-aloud]`).click();
    await expect
      .poll(async () => (await Promise.all(scripts.slice(before))).some((body) => body.includes("SpeechSynthesisUtterance")))
      .toBe(true);
  });
});
