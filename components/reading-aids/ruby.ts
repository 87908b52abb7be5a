/**
 * Ruby over the reader's Chinese: each word's pinyin or 注音 above it, for the sentences on and
 * near the screen. Loaded on first use (reading-aids-layer.tsx), when the reader picks a reading
 * in the options or opens the page with one remembered.
 *
 * Readings come from GET /api/documents/{slug}/readings, one request per batch of sentences that
 * come near the screen (at most READINGS_MAX_SEGMENTS each), in code points of the version's
 * canonical text; a Simplified twin maps them through its offset map. A word becomes
 * <ruby>word<rt data-pinyin data-zhuyin aria-hidden></rt></ruby>: the <rt> holds no text, CSS draws
 * the reading from its attributes (reading-aids.css), so the sentence's text nodes still spell
 * exactly its text, and selections, highlights and word links count the same offsets. Switching
 * between pinyin and 注音 is CSS alone (`data-ruby` on the text); turning it off puts back one text
 * node per sentence. Either change tells the other layers (textReshaped) to measure again.
 */
import { PAIR, textReshaped } from "@/components/reader-contract";
import { codePointToUtf16 } from "@/lib/anchoring/code-points";
import type { WordReading } from "@/lib/dictionary/readings";
import { decodeOffsetMap, spanToShown } from "@/lib/script/offset-map";

export type RubyMode = "off" | "pinyin" | "zhuyin";

/** Kept equal to READINGS_MAX_SEGMENTS (lib/validation/queries.ts), not imported: zod stays out of this chunk. */
const BATCH = 100;
const CHINESE = ".sentence[data-segment-id][data-version-id]";

export interface Ruby {
  setMode(mode: RubyMode): void;
  /** The version, script or layout changed: other sentences show now. */
  refresh(): void;
  stop(): void;
}

export function startRuby(text: HTMLElement, documentSlug: string): Ruby {
  let mode: RubyMode = "off";
  const readings = new Map<string, Promise<WordReading[] | null>>(); // by version|segment
  const dressed = new Set<HTMLElement>();
  const near = new Set<Element>();
  let observer: IntersectionObserver | null = null;
  let generation = 0;

  const fetchBatch = (versionId: string, segmentIds: string[]) => {
    const url = `/api/documents/${encodeURIComponent(documentSlug)}/readings?version=${encodeURIComponent(versionId)}&segments=${segmentIds.map(encodeURIComponent).join(",")}`;
    const answer = fetch(url, { credentials: "same-origin" })
      .then((r) => (r.ok ? (r.json() as Promise<{ readings: { segmentId: string; words: WordReading[] }[] }>) : { readings: [] }))
      .then((body) => new Map(body.readings.map((r) => [r.segmentId, r.words])))
      .catch(() => new Map<string, WordReading[]>());
    for (const id of segmentIds)
      readings.set(
        `${versionId}|${id}`,
        answer.then((m) => m.get(id) ?? null),
      );
  };

  /** The Chinese sentences on screen now (the chosen version and script) in the rows near it. */
  const shownNear = () =>
    [...near].flatMap((paragraph) =>
      [...paragraph.querySelectorAll<HTMLElement>(`${PAIR} ${CHINESE}`)].filter((el) => el.offsetParent !== null && !dressed.has(el)),
    );

  const dressNear = async () => {
    if (mode === "off") return;
    const mine = generation;
    const sentences = shownNear();
    if (sentences.length === 0) return;
    // One request per version for the sentences not asked about yet, in batches.
    const missing = new Map<string, string[]>();
    for (const el of sentences) {
      const versionId = el.dataset.versionId!;
      const segmentId = el.dataset.segmentId!;
      if (readings.has(`${versionId}|${segmentId}`)) continue;
      const list = missing.get(versionId) ?? [];
      if (!list.includes(segmentId)) list.push(segmentId);
      missing.set(versionId, list);
    }
    for (const [versionId, ids] of missing) for (let i = 0; i < ids.length; i += BATCH) fetchBatch(versionId, ids.slice(i, i + BATCH));
    const words = await Promise.all(sentences.map((el) => readings.get(`${el.dataset.versionId}|${el.dataset.segmentId}`)!));
    if (mine !== generation || (mode as RubyMode) === "off") return;
    let changed = false;
    sentences.forEach((el, i) => {
      const list = words[i];
      if (!list || list.length === 0 || dressed.has(el)) return;
      dress(el, list);
      dressed.add(el);
      changed = true;
    });
    if (changed) textReshaped.dispatch();
  };

  const undressAll = () => {
    // textContent spells the sentence (the <rt> hold no text): one text node again.
    for (const el of dressed) el.textContent = el.textContent ?? "";
    const changed = dressed.size > 0;
    dressed.clear();
    if (changed) textReshaped.dispatch();
  };

  const watch = () => {
    if (observer) return;
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) near.add(entry.target);
          else near.delete(entry.target);
        }
        void dressNear();
      },
      { rootMargin: "100% 0px" },
    );
    text.querySelectorAll("section.paragraph").forEach((p) => observer!.observe(p));
  };

  return {
    setMode(next) {
      if (next === mode) return;
      const was = mode;
      mode = next;
      generation++;
      if (next === "off") {
        delete text.dataset.ruby;
        undressAll();
        return;
      }
      text.dataset.ruby = next;
      if (was === "off") {
        watch();
        void dressNear();
      }
    },
    refresh() {
      void dressNear();
    },
    stop() {
      observer?.disconnect();
      observer = null;
      generation++;
      mode = "off";
      delete text.dataset.ruby;
      undressAll();
    },
  };
}

/** Reading options that change which Chinese shows, or its readings. */
const FOLLOWS = ["ruby", "version", "script", "layout"];

/** Ruby as the reading options say, from now on (the `ruby` radio: off, pinyin, zhuyin); returns its stop. */
export function followRuby(text: HTMLElement, form: HTMLFormElement, documentSlug: string): () => void {
  const ruby = startRuby(text, documentSlug);
  const follow = (event?: Event) => {
    const name = (event?.target as HTMLInputElement | undefined)?.name;
    if (name !== undefined && !FOLLOWS.includes(name)) return;
    ruby.setMode((form.querySelector<HTMLInputElement>('input[name="ruby"]:checked')?.value ?? "off") as RubyMode);
    if (name && name !== "ruby") ruby.refresh();
  };
  follow();
  form.addEventListener("change", follow);
  return () => {
    form.removeEventListener("change", follow);
    ruby.stop();
  };
}

/** Puts each word of `el` in a <ruby>; `words` count code points of the canonical text. */
function dress(el: HTMLElement, words: WordReading[]) {
  const text = el.textContent ?? "";
  const map = el.dataset.script ? decodeOffsetMap(el.dataset.offsets) : null;
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const word of words) {
    const span = map ? spanToShown(map, word.start, word.end) : word;
    const from = codePointToUtf16(text, span.start);
    const to = codePointToUtf16(text, span.end);
    if (from < at || to <= from) continue; // a phrase whose length changed in the twin took two words in one
    if (from > at) fragment.append(text.slice(at, from));
    const ruby = document.createElement("ruby");
    const rt = document.createElement("rt");
    rt.dataset.pinyin = word.pinyin;
    rt.dataset.zhuyin = word.zhuyin;
    rt.setAttribute("aria-hidden", "true");
    ruby.append(text.slice(from, to), rt);
    fragment.append(ruby);
    at = to;
  }
  if (at < text.length) fragment.append(text.slice(at));
  el.replaceChildren(fragment);
}
