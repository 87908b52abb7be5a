/** "world's leading: 世界領先 · 全球首屈一指": what each of two versions made of each aligned English word or phrase. */
import type { RenderingPair } from "@/lib/alignment/rendering-pairs";

export function RenderingPairs({ pairs, langA, langB, label }: { pairs: RenderingPair[]; langA: string; langB: string; label: string }) {
  return (
    <span className="rendering-pairs" role="list" aria-label={label}>
      {pairs.map((p, i) => (
        <span role="listitem" key={i} className="rendering-pair">
          <span lang="en">{p.en}</span>: <span lang={langA}>{p.a ?? "–"}</span> · <span lang={langB}>{p.b ?? "–"}</span>
        </span>
      ))}
    </span>
  );
}
