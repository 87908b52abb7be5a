/** The quoted words of a target, in their language's typography. */
import type { AnnotationView } from "@/lib/annotations/types";

export function Quotes({ targets }: { targets: Pick<AnnotationView["targets"][number], "language" | "selector" | "segmentId">[] }) {
  return (
    <div className="note-quotes">
      {targets.map((t, i) => (
        <blockquote key={i} className="note-quote" lang={t.language}>
          {t.selector.exact}
        </blockquote>
      ))}
    </div>
  );
}
