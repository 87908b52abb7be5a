/**
 * The notes on a long document's first screen, asked for while the page is still being parsed.
 *
 * On a 1,000-sentence page hydration takes most of a second, and the notes layer's own request
 * went out only after it (BENCHMARKS.md, "The big document"). The reader writes this script right
 * after the text (reader.tsx), so the request is on its way before the page's scripts have run;
 * the layer then takes its answer instead of asking again (use-annotations.ts), provided it would
 * have asked for the same sentences. The choice of sentences and the address are the same
 * functions in both places: the script carries their source.
 */
import { LONG_TEXT, PAIR, READER_TEXT } from "@/components/reader-contract";
import { segmentsOnScreen } from "./segments-on-screen";

/** The most sentences asked for at once. */
export const FIRST_SCREEN_MAX = 200;
/** Sent as the layer's own request is (api-client.ts callApi, with `cache: "no-store"`), so the answers cannot differ. */
export const FIRST_SCREEN_INIT: RequestInit = { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" };

const EARLY = "__interleafFirstScreenNotes";
type Early = { url: string; ids: string[]; answer: Promise<Response> };

/** Self-contained, as segmentsOnScreen is: its source goes into the inline script. */
export function firstScreenNotesUrl(documentSlug: string, segmentIds: string[]): string {
  return (
    "/api/annotations?document=" +
    encodeURIComponent(documentSlug) +
    "&segments=" +
    segmentIds.map((id) => encodeURIComponent(id)).join(",")
  );
}

/** `<` escaped so that no value can close the script element. */
const literal = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The inline script (plain, no imports: it is sent as a string); it does nothing on a short text
 * (one page usually holds every note). It runs before the browser fills in the rows after the first
 * screens (reader-paragraphs.tsx), which it does not need.
 * A failed request is caught once there, so an answer the layer never takes is no unhandled
 * rejection; the layer's own await still sees the failure.
 */
export function firstScreenNotesScript(documentSlug: string): string {
  return `(function(){try{
var text=document.querySelector(${literal(READER_TEXT)});if(!text||!text.hasAttribute(${literal(LONG_TEXT)}))return;
var rows=text.querySelectorAll(${literal(PAIR)});
var ids=(${segmentsOnScreen.toString()})(rows,${FIRST_SCREEN_MAX});if(!ids.length)return;
var url=(${firstScreenNotesUrl.toString()})(${literal(documentSlug)},ids);
var answer=fetch(url,${literal(FIRST_SCREEN_INIT)});answer.catch(function(){});
window[${literal(EARLY)}]={url:url,ids:ids,answer:answer};
}catch(e){}})();`;
}

/**
 * The early request and its answer if it asked for every sentence in `needed` (those on the screen
 * the layer sees: the page may have moved by a row since the script measured it); taken once (a
 * response's body is read once).
 */
export function takeEarlyAnswer(needed: readonly string[]): { url: string; answer: Promise<Response> } | undefined {
  const holder = window as unknown as Record<string, Early | undefined>;
  const early = holder[EARLY];
  delete holder[EARLY];
  if (!early) return undefined;
  const asked = new Set(early.ids);
  return needed.every((id) => asked.has(id)) ? { url: early.url, answer: early.answer } : undefined;
}
