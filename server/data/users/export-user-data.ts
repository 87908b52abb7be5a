/**
 * Everything the acting user wrote, as one JSON-ready object: their profile (never the password
 * hash), their annotations with targets, and their replies (on anyone's annotations). Notes they
 * deleted but that are still stored are included, marked with `deletedAt`.
 */
import "server-only";
import { getDb } from "../../db";

export async function exportUserData(options: { userId: string }) {
  const db = getDb();
  const user = await db.user.findUnique({
    where: { id: options.userId },
    select: {
      id: true,
      email: true,
      name: true,
      createdAt: true,
      updatedAt: true,
      passwordHash: true,
      oauthAccounts: { select: { provider: true, createdAt: true } },
    },
  });
  if (!user) return null;
  const [annotations, replies] = await Promise.all([
    db.annotation.findMany({
      where: { authorId: options.userId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        document: { select: { slug: true, title: true } },
        visibility: true,
        classId: true,
        motivation: true,
        color: true,
        body: true,
        bodyText: true,
        tags: true,
        orphan: true,
        createdAt: true,
        updatedAt: true,
        deletedAt: true,
        targets: {
          orderBy: { id: "asc" },
          select: {
            segmentId: true,
            language: true,
            translationId: true,
            exact: true,
            prefix: true,
            suffix: true,
            start: true,
            end: true,
            textRevision: true,
          },
        },
      },
    }),
    db.reply.findMany({
      where: { authorId: options.userId },
      orderBy: { createdAt: "asc" },
      select: { id: true, annotationId: true, body: true, bodyText: true, createdAt: true, updatedAt: true, deletedAt: true },
    }),
  ]);
  return {
    format: "interleaf-export/1",
    exportedAt: new Date().toISOString(),
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
      signInMethods: [...(user.passwordHash ? ["password"] : []), ...user.oauthAccounts.map((a) => a.provider)],
    },
    annotations: annotations.map(({ document, ...a }) => ({ ...a, document: { slug: document.slug, title: document.title } })),
    replies,
  };
}

export type UserExport = NonNullable<Awaited<ReturnType<typeof exportUserData>>>;
