/**
 * Checks each requested target against the text of record and turns it into rows to store: the
 * segment must belong to the document, a Chinese target names a published version of that segment,
 * and the selector must describe that text exactly (422 otherwise, with the reason).
 */
import { checkSelector } from "@/lib/anchoring/text-quote";
import type { TargetInput } from "@/lib/validation/annotation";
import type { Prisma } from "../../generated/prisma/client";
import { HttpError } from "../../http/errors";

export async function resolveTargets(tx: Prisma.TransactionClient, document: { id: string; language: string }, targets: TargetInput[]) {
  if (targets.length === 2 && targets[0]!.language === targets[1]!.language) {
    throw new HttpError(422, "A paired highlight joins two languages: one target in the text, one in a translation.");
  }
  const rows: Omit<Prisma.AnnotationTargetCreateManyInput, "annotationId">[] = [];
  for (const [i, target] of targets.entries()) {
    const where = `targets[${i}]`;
    const segment = await tx.segment.findFirst({ where: { id: target.segmentId, documentId: document.id }, select: { id: true, text: true, revision: true } });
    if (!segment) throw new HttpError(422, `${where}: segment ${target.segmentId} is not part of this document.`);

    let text = segment.text;
    let translationId: string | null = null;
    let revision = segment.revision;
    let language = target.language;
    if (language !== document.language) {
      if (!/^zh(-Hant)?$/i.test(language)) {
        throw new HttpError(422, `${where}: anchor Chinese highlights on the canonical Traditional text (language "zh-Hant").`);
      }
      if (!target.versionId) throw new HttpError(422, `${where}: a highlight on a translation needs the versionId it was read in.`);
      const translation = await tx.translation.findFirst({
        where: { segmentId: segment.id, versionId: target.versionId, kind: "published" },
        select: { id: true, text: true, revision: true, language: true },
      });
      if (!translation) throw new HttpError(422, `${where}: version ${target.versionId} has no translation of this segment.`);
      ({ text, revision, language } = translation);
      translationId = translation.id;
    }

    const check = checkSelector(text, target.selector);
    if (!check.ok) throw new HttpError(422, `${where}.selector: ${check.error}`);
    rows.push({ segmentId: segment.id, language, translationId, ...target.selector, textRevision: revision });
  }
  return rows;
}
