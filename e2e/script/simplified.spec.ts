import { expect, test, type Page } from "@playwright/test";
import { signUpAndSignIn } from "../support/auth";
import { CLOSE, LETTER_PATH, segmentId } from "../support/letter";
import { selectWords, waitForSignedInReader } from "../support/reader";

const toolbar = (page: Page) => page.getByRole("toolbar", { name: "Selected text" });
const chooseScript = (page: Page, name: string) =>
  page.getByRole("group", { name: "Script (繁/简)" }).getByRole("radio", { name, exact: true }).check();
const shownSentence = (page: Page, key: string, lang: "zh-Hans" | "zh-Hant") =>
  page.locator(`.sentence[lang="${lang}"][data-segment-id="${segmentId(key)}"]:visible`);
/** The words each painted range of a colour covers, and which script's element it sits in. */
const painted = (page: Page, color: string) =>
  page.evaluate(
    (c) =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(`note-${c}`) ?? [])].map(
        (r) => `${(r.startContainer.parentElement as HTMLElement).lang}:${r.toString()}`,
      ),
    color,
  );

test.describe("Simplified Chinese by phrase", () => {
  test("highlights made inside and over converted phrases in 简体 land on the same words after reload and in 繁體", async ({ page }) => {
    await signUpAndSignIn(page);
    await page.goto(LETTER_PATH);
    await waitForSignedInReader(page);
    await chooseScript(page, "简体");

    // Mainland usage: 臨時執行長 reads 临时首席执行官, 領導階層 reads 领导层.
    const s14 = shownSentence(page, "s14", "zh-Hans");
    await expect(s14).toContainText("临时首席执行官 Mira Murati");
    const s13 = shownSentence(page, "s13", "zh-Hans");
    await expect(s13).toContainText("领导层全天候");

    // A selection that starts inside 首席执行官 takes the whole phrase; it is stored on the Traditional text.
    await selectWords(page, s14, "执行官 Mira");
    await toolbar(page).getByRole("button", { name: "Highlight in green" }).click();
    await expect.poll(() => painted(page, "green")).toEqual(["zh-Hans:首席执行官 Mira"]);
    // One that ends inside 领导层 (3 characters for 領導階層's 4) also grows to the phrase.
    await selectWords(page, s13, "领导");
    await toolbar(page).getByRole("button", { name: "Highlight in blue" }).click();
    await expect.poll(() => painted(page, "blue")).toEqual(["zh-Hans:领导层"]);

    const { annotations } = await (await page.request.get("/api/annotations?document=openai-letter-2023&limit=500")).json();
    const exact = (color: string) => annotations.find((a: { color: string }) => a.color === color).targets[0];
    expect(exact("green")).toMatchObject({ language: "zh-Hant", versionId: CLOSE.id, selector: { exact: "執行長 Mira" } });
    expect(exact("blue")).toMatchObject({ language: "zh-Hant", versionId: CLOSE.id, selector: { exact: "領導階層" } });

    // After a reload, on the same words in 简体, then in 繁體.
    await page.reload();
    await waitForSignedInReader(page);
    await expect(shownSentence(page, "s14", "zh-Hans")).toBeVisible();
    await expect.poll(() => painted(page, "green")).toEqual(["zh-Hans:首席执行官 Mira"]);
    await expect.poll(() => painted(page, "blue")).toEqual(["zh-Hans:领导层"]);
    await chooseScript(page, "繁體");
    await expect(shownSentence(page, "s14", "zh-Hant")).toBeVisible();
    await expect.poll(() => painted(page, "green")).toEqual(["zh-Hant:執行長 Mira"]);
    await expect.poll(() => painted(page, "blue")).toEqual(["zh-Hant:領導階層"]);
  });

  test("a Simplified import is stored and shown as Simplified, with a Traditional view by phrase", async ({ page }) => {
    test.setTimeout(60_000);
    await signUpAndSignIn(page);
    await page.goto("/import");
    await page.getByLabel("Title").fill("A note from the staff");
    await page.getByLabel("English text").fill("Our CEO met the users. The stakeholders agreed.");
    await page.getByLabel("Chinese text 中文譯文").fill("我们的首席执行官会见了用户。利益相关者都同意了。");
    // The form read the script from the text; the importer confirms it.
    const script = page.getByRole("group", { name: "The Chinese text is written in" });
    await expect(script.getByRole("radio", { name: "Simplified characters (简体)" })).toBeChecked();
    await page.getByRole("button", { name: "Align" }).click();
    await expect(page).toHaveURL(/\/align$/);
    const slug = page.url().split("/documents/")[1]!.split("/")[0]!;
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page).toHaveURL(new RegExp(`/read/${slug}$`));

    // Stored as Simplified: served as is in 简体, converted (and saying so) in 繁體.
    const hans = await (await page.request.get(`/api/documents/${slug}?script=hans`)).json();
    expect(hans.versions[0].language).toBe("zh-Hans");
    expect(hans.segments[0].translations[hans.versions[0].id]).toBe("我们的首席执行官会见了用户。");
    const hant = await (await page.request.get(`/api/documents/${slug}?script=hant`)).json();
    expect(hant.versions[0]).toMatchObject({ language: "zh-Hant", canonicalLanguage: "zh-Hans" });
    expect(hant.segments[0].translations[hant.versions[0].id]).toBe("我們的執行長會見了使用者。");

    // 简体 shows the stored text itself; 繁體 converts it, mainland → Taiwan phrases.
    await chooseScript(page, "简体");
    const canonical = page.locator('.translation > .sentence[lang="zh-Hans"]:not([data-script]):visible').first();
    await expect(canonical).toHaveText("我们的首席执行官会见了用户。");
    await chooseScript(page, "繁體");
    const twin = page.locator('.translation > .sentence[data-script="hant"]:visible').first();
    await expect(twin).toHaveText("我們的執行長會見了使用者。");
    await expect(twin).toHaveAttribute("lang", "zh-Hant");
  });
});
