import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { FIRST_SCREEN_INIT, firstScreenNotesScript, firstScreenNotesUrl, takeEarlyAnswer } from "./first-screen-notes";
import { segmentsOnScreen } from "./segments-on-screen";
import { LONG_TEXT, LONG_TEXT_SENTENCES } from "@/components/reader-contract";

const ROW_HEIGHT = 50;
const INNER_HEIGHT = 900;

/** Rows of a text scrolled by `scrollY`, as the script and the layer see them. */
function rows(count: number, scrollY = 0) {
  return Array.from({ length: count }, (_, i) => ({
    dataset: { pair: `seg-${i}` },
    getBoundingClientRect: () => ({ top: i * ROW_HEIGHT - scrollY, bottom: (i + 1) * ROW_HEIGHT - scrollY }),
  }));
}

/** Runs the inline script as the browser would, in a page with `count` rows; returns the page's globals. */
function runScript(slug: string, count: number) {
  // The reader marks a long text (more than LONG_TEXT_SENTENCES).
  const text = { querySelectorAll: () => rows(count), hasAttribute: (name: string) => name === LONG_TEXT && count > LONG_TEXT_SENTENCES };
  const fetched: { url: string; init: unknown }[] = [];
  const window: Record<string, unknown> = { innerHeight: INNER_HEIGHT };
  const fetch = (url: string, init: unknown) => {
    fetched.push({ url, init });
    return Promise.resolve(new Response("{}"));
  };
  runInNewContext(firstScreenNotesScript(slug), { window, document: { querySelector: () => text }, fetch, encodeURIComponent });
  return { window, fetched };
}

describe("the first screen's notes, asked for before hydration", () => {
  const original = (globalThis as { window?: unknown }).window;
  afterEach(() => {
    (globalThis as { window?: unknown }).window = original;
  });

  it("asks for the notes of the sentences within two screens, as the layer would", () => {
    const { fetched } = runScript("a-long-letter", 1000);
    expect(fetched).toHaveLength(1);
    (globalThis as { window?: unknown }).window = { innerHeight: INNER_HEIGHT };
    const ids = segmentsOnScreen(rows(1000) as unknown as HTMLElement[], 200);
    expect(ids).toHaveLength((2 * INNER_HEIGHT) / ROW_HEIGHT + 1);
    expect(fetched[0]!.url).toBe(firstScreenNotesUrl("a-long-letter", ids));
    expect(fetched[0]!.init).toEqual(FIRST_SCREEN_INIT);
  });

  it("asks nothing on a short text, whose notes come in one page", () => {
    expect(runScript("a-letter", 150).fetched).toHaveLength(0);
  });

  it("hands its answer to the layer once, when it asked for every sentence on the layer's screen", async () => {
    const page = runScript("a-long-letter", 1000);
    (globalThis as { window?: unknown }).window = page.window;
    const onScreen = (scrollY: number) => segmentsOnScreen(rows(1000, scrollY) as unknown as HTMLElement[], 200, 1);
    // Scrolled two screens down before the layer looked: the answer is not for what it shows.
    expect(takeEarlyAnswer(onScreen(2 * INNER_HEIGHT))).toBeUndefined();
    const again = runScript("a-long-letter", 1000);
    (globalThis as { window?: unknown }).window = again.window;
    // Moved by a row (a header grew, a font arrived): the early request still holds this screen.
    const early = takeEarlyAnswer(onScreen(ROW_HEIGHT));
    expect(early?.url).toBe(again.fetched[0]!.url);
    expect(await (await early!.answer).json()).toEqual({});
    expect(takeEarlyAnswer(onScreen(ROW_HEIGHT))).toBeUndefined();
  });

  it("cannot be closed early by a slug", () => {
    expect(firstScreenNotesScript("x</script><script>alert(1)</script>")).not.toContain("</script>");
  });
});
