/**
 * What the reader hears when a note arrives live with something new in it (lib/annotations/live-news.ts
 * says what is news). Loaded with the first note that arrives live, not with the page.
 */
import type { useTranslations } from "next-intl";
import { sentenceNumber } from "@/components/reader-contract";
import { isNews } from "@/lib/annotations/live-news";
import type { AnnotationView } from "@/lib/annotations/types";

/** The announcement of `annotation` (as it was before: `before`), or null when it is no news. */
export function liveNewsSaid(
  before: AnnotationView | undefined,
  annotation: AnnotationView,
  t: ReturnType<typeof useTranslations<"Annotations">>,
): string | null {
  if (!isNews(before, annotation)) return null;
  const number = sentenceNumber(annotation.targets[0]?.segmentId ?? "");
  if (before) {
    const name = annotation.replies.at(-1)?.author.name ?? annotation.author.name;
    return number ? t("newReplyOnSentence", { name, number }) : t("newReplyBy", { name });
  }
  const name = annotation.author.name;
  return number ? t("newNoteOnSentence", { name, number }) : t("newNoteBy", { name });
}
