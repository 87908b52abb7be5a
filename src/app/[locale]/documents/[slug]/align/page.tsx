import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AlignmentEditor } from "@/components/imports/alignment-editor";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAlignment } from "@/server/data/documents/get-alignment";
import { HttpError } from "@/server/http/errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Align" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The owner's alignment editor for a draft; anyone else sees "not found". */
export default async function AlignPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/align`)}`);
  const alignment = await getAlignment({ userId: user.id, slug }).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
  if (alignment.published) redirect(`/documents/${encodeURIComponent(slug)}/edit`);
  return (
    <div className="page align-page">
      <h1>Align “{alignment.title}”</h1>
      <p className="lede">
        Check that each English sentence sits beside its Chinese. Split a Chinese cell at the cursor, merge a row with the next, or shift a sentence up or down; then publish. This draft is visible only to you. Or{" "}
        <Link href="/import">start another import</Link>.
      </p>
      <AlignmentEditor slug={slug} title={alignment.title} visibility={alignment.visibility} initialRows={alignment.rows.map(({ paragraph, kind, en, zh }) => ({ paragraph, kind, en, zh }))} />
    </div>
  );
}
