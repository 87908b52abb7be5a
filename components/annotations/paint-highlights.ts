/**
 * Paints highlights with the CSS Custom Highlight API: ranges over the server-rendered text, one
 * Highlight per colour, no DOM changes. So painting thousands of notes never re-renders the letter,
 * and the text a selector counts stays exactly the segment text.
 *
 * A long list is measured in slices between which the browser may scroll and paint, and the new
 * highlights replace the old ones only when whole: what is on screen never blinks out.
 */
import { PAIR } from "@/components/reader-contract";
import { HIGHLIGHT_COLORS } from "@/lib/annotations/constants";
import type { AnnotationView } from "@/lib/annotations/types";
import { rangeForTarget, shownScript } from "./dom-ranges";

type Highlights = { set(name: string, highlight: unknown): void; delete(name: string): void };
const registry = () => (globalThis.CSS as unknown as { highlights?: Highlights } | undefined)?.highlights;
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** Notes measured per slice: a slice stays well under a long task (50 ms) on a slow machine. */
const SLICE = 1000;

export interface Painting {
  /** Resolves once the highlights are on screen (never, when cancelled first). */
  done: Promise<void>;
  cancel: () => void;
}

/** Ranges already measured, by note, target, script and offsets: the text under them does not change while the page is open. */
export type RangeCache = Map<string, Range | null>;

export function paintHighlights(
  root: ParentNode,
  annotations: Pick<AnnotationView, "id" | "color" | "targets">[],
  activeId: string | null,
  cache?: RangeCache,
): Painting {
  const highlights = registry();
  const HighlightClass = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
  if (!highlights || !HighlightClass) return { done: Promise.resolve(), cancel: () => {} };
  const byColor = new Map<string, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
  const active: Range[] = [];
  const script = shownScript(); // paint the script on screen; the layer repaints when it changes
  let cancelled = false;
  let next = 0;

  const measure = (until: number) => {
    for (; next < until; next++) {
      const annotation = annotations[next]!;
      for (const target of annotation.targets) {
        const key =
          cache &&
          `${annotation.id}|${target.segmentId}|${target.versionId ?? ""}|${script}|${target.selector.start}-${target.selector.end}`;
        let range = key ? cache.get(key) : undefined;
        // Ruby going on or off replaces a sentence's text nodes (the DOM moves a range over a removed
        // node onto its parent element): such a range is measured again.
        if (range && (range.startContainer.nodeType !== Node.TEXT_NODE || !range.startContainer.isConnected)) range = undefined;
        if (range === undefined) {
          range = rangeForTarget(root, target, script);
          if (key) cache.set(key, range);
        }
        if (!range) continue;
        (byColor.get(annotation.color) ?? byColor.get("yellow")!).push(range);
        if (annotation.id === activeId) active.push(range);
      }
    }
  };
  const show = () => {
    for (const [color, ranges] of byColor) highlights.set(`note-${color}`, new HighlightClass(...ranges));
    highlights.set("note-active", new HighlightClass(...active));
  };

  if (annotations.length <= SLICE) {
    measure(annotations.length);
    show();
    return { done: Promise.resolve(), cancel: () => {} };
  }
  const done = new Promise<void>((resolve) => {
    const step = () => {
      if (cancelled) return;
      measure(Math.min(next + SLICE, annotations.length));
      if (next < annotations.length) return void setTimeout(step, 0);
      show();
      resolve();
    };
    step();
  });
  return { done, cancel: () => (cancelled = true) };
}

/** Above this many ranges, only the sentences near the screen are painted (see createHighlightPainter). */
const MAX_RANGES_AT_ONCE = 1000;

type Paintable = Pick<AnnotationView, "id" | "color" | "targets">;

/**
 * The reader's painter. Chromium re-walks every registered range whenever any highlight changes,
 * about 30 ms per thousand ranges on our machine: with 10,000 notes each new page or click would
 * freeze the page for a third of a second. So past MAX_RANGES_AT_ONCE ranges, only the notes on
 * sentences within a screen of the viewport are registered (an IntersectionObserver keeps that set
 * as the reader scrolls), and a short list is painted whole, at once, as before.
 * paint() resolves once the sentences near the screen show the list's highlights.
 */
export function createHighlightPainter() {
  let root: ParentNode | null = null;
  let activeId: string | null = null;
  let bySegment: Map<string, Paintable[]> | null = null;
  const near = new Set<string>();
  let observer: IntersectionObserver | null = null;
  let observed = false; // the observer's first report, which lists every row near the screen
  let waiting: (() => void)[] = [];
  // Scrolling repaints the notes near the screen many times; each range is measured once.
  const ranges: RangeCache = new Map();

  const showNear = () => {
    if (!root || !bySegment || !observed) return;
    const notes = new Set<Paintable>();
    for (const id of near) for (const note of bySegment.get(id) ?? []) notes.add(note);
    paintHighlights(root, [...notes], activeId, ranges);
    waiting.forEach((resolve) => resolve());
    waiting = [];
  };

  const watch = (text: ParentNode) => {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          for (const row of entry.target.querySelectorAll<HTMLElement>(PAIR)) {
            if (entry.isIntersecting) near.add(row.dataset.pair!);
            else near.delete(row.dataset.pair!);
          }
        }
        observed = true;
        showNear();
      },
      { rootMargin: "100% 0px" },
    );
    // Paragraphs, not sentences: a tenth of the targets for the browser to intersect on every frame.
    text.querySelectorAll<HTMLElement>("section.paragraph").forEach((paragraph) => observer!.observe(paragraph));
  };

  return {
    paint(text: ParentNode, annotations: Paintable[], active: string | null): Promise<void> {
      root = text;
      activeId = active;
      const ranges = annotations.reduce((sum, a) => sum + a.targets.length, 0);
      if (ranges <= MAX_RANGES_AT_ONCE) {
        bySegment = null;
        return paintHighlights(text, annotations, active).done;
      }
      bySegment = new Map();
      for (const note of annotations) {
        for (const segmentId of new Set(note.targets.map((t) => t.segmentId))) {
          const list = bySegment.get(segmentId);
          if (list) list.push(note);
          else bySegment.set(segmentId, [note]);
        }
      }
      if (!observer) watch(text);
      return new Promise((resolve) => {
        waiting.push(resolve);
        showNear();
      });
    },
    stop() {
      observer?.disconnect();
      ranges.clear();
      root = null;
    },
  };
}

export function clearHighlights(): void {
  const highlights = registry();
  for (const color of HIGHLIGHT_COLORS) highlights?.delete(`note-${color}`);
  highlights?.delete("note-active");
}
