/**
 * Idempotent seeding: running it again changes nothing unless the seed text changed, and then
 * updates in place (bumping the segment's revision) without changing any id.
 */
import type { Db } from "../../server/prisma-client";
import { letterDocument, letterSegments, letterVersions, segmentId } from "./openai-letter";

export async function seedDatabase(db: Db): Promise<void> {
  await db.$transaction(
    async (tx) => {
      const { id, ...fields } = letterDocument;
      await tx.document.upsert({ where: { id }, create: { id, ...fields }, update: fields });

      for (const [index, segment] of letterSegments.entries()) {
        const sid = segmentId(segment.key);
        const existing = await tx.segment.findUnique({ where: { id: sid }, select: { text: true } });
        const fields = { index, paragraph: segment.paragraph, kind: segment.kind, text: segment.text };
        if (!existing) await tx.segment.create({ data: { id: sid, documentId: id, ...fields } });
        else if (existing.text !== segment.text)
          await tx.segment.update({ where: { id: sid }, data: { ...fields, revision: { increment: 1 } } });
        else await tx.segment.update({ where: { id: sid }, data: fields });
      }

      for (const { texts, ...version } of letterVersions) {
        const { id: versionId, ...versionFields } = version;
        await tx.version.upsert({
          where: { id: versionId },
          create: { id: versionId, documentId: id, language: "zh-Hant", ...versionFields },
          update: versionFields,
        });
        for (const [key, text] of Object.entries(texts)) {
          const translationId = `${versionId}-${key}`;
          const existing = await tx.translation.findUnique({ where: { id: translationId }, select: { text: true } });
          if (!existing) {
            await tx.translation.create({ data: { id: translationId, segmentId: segmentId(key), versionId, language: "zh-Hant", text } });
          } else if (existing.text !== text) {
            await tx.translation.update({ where: { id: translationId }, data: { text, revision: { increment: 1 } } });
          }
        }
      }
      // A hundred small statements: on a busy machine they can take longer than Prisma's 5 s default,
      // and a first start must not fail for it.
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
