/**
 * The offset map between a canonical Chinese text and the same text shown in the other script.
 *
 * Conversion goes phrase by phrase (lib/script/convert.ts), and a phrase may change length
 * (執行長 → 首席执行官, 3 → 5 code points). Anchors are stored in code points of the canonical
 * text, so the reader maps them to the shown text to paint, and maps a selection made in the shown
 * text back before saving. Only the phrases whose length changed are recorded; everywhere else a
 * code point maps to the code point at the same distance from the last recorded phrase.
 *
 * The snapping rule: an edge that falls strictly inside a phrase whose length changed cannot be
 * mapped to a character, so a span grows to cover the whole phrase. A start moves to the
 * phrase's start, an end to the phrase's end, in either direction. So a highlight on 執行 of
 * 執行長 shows on all of 首席执行官, and a selection of 执行 in 首席执行官 is saved as all of
 * 執行長. A span never shrinks, and an edge on a phrase's boundary maps exactly.
 *
 * Pure code with no dependencies: the reader's client layer decodes the map the server wrote on
 * each converted sentence (`data-offsets`), without the conversion tables.
 */

/** One converted phrase whose length changed: where it starts and how long it is on each side, in code points. */
export interface ChangedPhrase {
  canonical: number;
  canonicalLength: number;
  shown: number;
  shownLength: number;
}

/** The phrases whose length changed, in text order. An empty list means offsets are equal. */
export type OffsetMap = readonly ChangedPhrase[];

export type Edge = "start" | "end";
type Side = "canonical" | "shown";

function mapOffset(map: OffsetMap, offset: number, edge: Edge, from: Side, to: Side): number {
  const fromLength = from === "canonical" ? "canonicalLength" : "shownLength";
  const toLength = to === "canonical" ? "canonicalLength" : "shownLength";
  // The last phrase starting before `offset` (binary search: a long text has many phrases).
  let lo = 0;
  let hi = map.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]![from] < offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return offset;
  const phrase = map[found]!;
  const phraseEnd = phrase[from] + phrase[fromLength];
  if (offset < phraseEnd) return edge === "start" ? phrase[to] : phrase[to] + phrase[toLength];
  return phrase[to] + phrase[toLength] + (offset - phraseEnd);
}

/** A canonical code-point offset in the shown text; an edge inside a changed phrase snaps outward. */
export const toShown = (map: OffsetMap, offset: number, edge: Edge): number => mapOffset(map, offset, edge, "canonical", "shown");

/** A shown code-point offset in the canonical text; an edge inside a changed phrase snaps outward. */
export const toCanonical = (map: OffsetMap, offset: number, edge: Edge): number => mapOffset(map, offset, edge, "shown", "canonical");

/** A canonical span [start, end) in the shown text, grown to whole phrases. */
export const spanToShown = (map: OffsetMap, start: number, end: number) => ({
  start: toShown(map, start, "start"),
  end: toShown(map, end, "end"),
});

/** A shown span [start, end) in the canonical text, grown to whole phrases. */
export const spanToCanonical = (map: OffsetMap, start: number, end: number) => ({
  start: toCanonical(map, start, "start"),
  end: toCanonical(map, end, "end"),
});

/**
 * The map as a short attribute value: `canonicalStart,canonicalLength,shownLength` per phrase,
 * `;` between phrases (shown starts follow from them). Empty when no length changed.
 */
export function encodeOffsetMap(map: OffsetMap): string {
  return map.map((p) => `${p.canonical},${p.canonicalLength},${p.shownLength}`).join(";");
}

/** The map written by encodeOffsetMap; anything malformed reads as no map (offsets equal). */
export function decodeOffsetMap(value: string | null | undefined): OffsetMap {
  if (!value) return [];
  const map: ChangedPhrase[] = [];
  let delta = 0;
  let previousEnd = 0;
  for (const part of value.split(";")) {
    const [canonical, canonicalLength, shownLength] = part.split(",").map(Number);
    if (![canonical, canonicalLength, shownLength].every((n) => Number.isInteger(n) && n! >= 0)) return [];
    if (canonical! < previousEnd) return [];
    map.push({ canonical: canonical!, canonicalLength: canonicalLength!, shown: canonical! + delta, shownLength: shownLength! });
    delta += shownLength! - canonicalLength!;
    previousEnd = canonical! + canonicalLength!;
  }
  return map;
}
