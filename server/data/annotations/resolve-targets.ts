/**
 * Checks each requested target against the text of record and turns it into rows to store: the
 * segment must belong to the document, a Chinese target names a published version of that segment,
 * and the selector must describe that text exactly (422 otherwise, with the reason).
 *
 * Where the texts come from is the caller's choice (`AnchorTexts`): a transaction (re-attaching a
 * note), or the per-instance cache (creating one; the insert then re-checks in SQL that each text
 * is still at the revision checked here).
 */
import { checkSelector } from "@/lib/anchoring/text-quote";
import type { TargetInput } from "@/lib/validation/annotation";
import type { Prisma } from "../../generated/prisma/client";
import { HttpError } from "../../http/errors";

export interface SegmentText {
  id: string;
  documentId: string;
  text: string;
  revision: number;
}

export interface PublishedTranslationText {
  id: string;
  versionId: string;
  text: string;
  revision: number;
  language: string;
}

export interface AnchorTexts {
  segment(id: string): Promise<SegmentText | null>;
  publishedTranslation(segmentId: string, versionId: string): Promise<PublishedTranslationText | null>;
}

export interface TargetRow {
  segmentId: string;
  language: string;
  translationId: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  /** The revision of the text the selector was checked against. */
  textRevision: number;
  /** The version a translation target was read in, for the answer. */
  versionId: string | null;
}

export function transactionAnchorTexts(tx: Prisma.TransactionClient): AnchorTexts {
  return {
    segment: (id) => tx.segment.findUnique({ where: { id }, select: { id: true, documentId: true, text: true, revision: true } }),
    publishedTranslation: async (segmentId, versionId) => {
      const row = await tx.translation.findFirst({
        where: { segmentId, versionId, kind: "published" },
        select: { id: true, versionId: true, text: true, revision: true, language: true },
      });
      return row ? { ...row, versionId: row.versionId! } : null;
    },
  };
}

export async function checkTargets(
  texts: AnchorTexts,
  document: { id: string; language: string },
  targets: TargetInput[],
): Promise<TargetRow[]> {
  if (targets.length === 2 && targets[0]!.language === targets[1]!.language) {
    throw new HttpError(422, "A paired highlight joins two languages: one target in the text, one in a translation.", {
      code: "paired_highlight_invalid",
    });
  }
  const rows: TargetRow[] = [];
  for (const [i, target] of targets.entries()) {
    const where = `targets[${i}]`;
    const found = await texts.segment(target.segmentId);
    const segment = found?.documentId === document.id ? found : null;
    if (!segment)
      throw new HttpError(422, `${where}: segment ${target.segmentId} is not part of this document.`, { code: "target_segment_unknown" });

    let text = segment.text;
    let translationId: string | null = null;
    let versionId: string | null = null;
    let revision = segment.revision;
    let language = target.language;
    if (language !== document.language) {
      // The stored language is the translation's own (its canonical script), whatever tag was sent.
      if (!/^zh(?:-Han[st])?$/i.test(language)) {
        throw new HttpError(
          422,
          `${where}: anchor Chinese highlights on the translation's stored text (language "zh-Hant" or "zh-Hans").`,
          {
            code: "target_language_unsupported",
          },
        );
      }
      if (!target.versionId)
        throw new HttpError(422, `${where}: a highlight on a translation needs the versionId it was read in.`, {
          code: "target_version_missing",
        });
      const translation = await texts.publishedTranslation(segment.id, target.versionId);
      if (!translation)
        throw new HttpError(422, `${where}: version ${target.versionId} has no translation of this segment.`, {
          code: "target_version_unknown",
        });
      ({ text, revision, language, versionId } = translation);
      translationId = translation.id;
    }

    const check = checkSelector(text, target.selector);
    if (!check.ok) throw new HttpError(422, `${where}.selector: ${check.error}`, { code: "target_selector_invalid" });
    rows.push({ segmentId: segment.id, language, translationId, versionId, ...target.selector, textRevision: revision });
  }
  return rows;
}

/** The rows to store for `targets`, read inside `tx`. */
export async function resolveTargets(tx: Prisma.TransactionClient, document: { id: string; language: string }, targets: TargetInput[]) {
  const rows = await checkTargets(transactionAnchorTexts(tx), document, targets);
  return rows.map((r) => ({
    segmentId: r.segmentId,
    language: r.language,
    translationId: r.translationId,
    exact: r.exact,
    prefix: r.prefix,
    suffix: r.suffix,
    start: r.start,
    end: r.end,
    textRevision: r.textRevision,
  }));
}
