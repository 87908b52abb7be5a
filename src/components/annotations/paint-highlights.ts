/**
 * Paints highlights with the CSS Custom Highlight API: ranges over the server-rendered text, one
 * Highlight per colour, no DOM changes. So painting thousands of notes never re-renders the letter,
 * and the text a selector counts stays exactly the segment text.
 */
import { HIGHLIGHT_COLORS } from "@/lib/annotations/constants";
import type { AnnotationView } from "@/lib/annotations/types";
import { rangeForTarget, shownScript } from "./dom-anchors";

type Highlights = { set(name: string, highlight: unknown): void; delete(name: string): void };
const registry = () => (globalThis.CSS as unknown as { highlights?: Highlights } | undefined)?.highlights;
type HighlightConstructor = new (...ranges: Range[]) => unknown;

export const canPaintHighlights = () => !!registry() && typeof (globalThis as { Highlight?: unknown }).Highlight === "function";

export function paintHighlights(root: ParentNode, annotations: Pick<AnnotationView, "id" | "color" | "targets">[], activeId: string | null): void {
  const highlights = registry();
  const HighlightClass = (globalThis as unknown as { Highlight?: HighlightConstructor }).Highlight;
  if (!highlights || !HighlightClass) return;
  const byColor = new Map<string, Range[]>(HIGHLIGHT_COLORS.map((c) => [c, []]));
  const active: Range[] = [];
  const script = shownScript(); // paint the script on screen; the layer repaints when it changes
  for (const annotation of annotations) {
    for (const target of annotation.targets) {
      const range = rangeForTarget(root, target, script);
      if (!range) continue;
      (byColor.get(annotation.color) ?? byColor.get("yellow")!).push(range);
      if (annotation.id === activeId) active.push(range);
    }
  }
  for (const [color, ranges] of byColor) highlights.set(`note-${color}`, new HighlightClass(...ranges));
  highlights.set("note-active", new HighlightClass(...active));
}

export function clearHighlights(): void {
  const highlights = registry();
  for (const color of HIGHLIGHT_COLORS) highlights?.delete(`note-${color}`);
  highlights?.delete("note-active");
}
