import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { TextEditor } from "@/components/imports/text-editor";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAlignment } from "@/server/data/documents/get-alignment";
import { HttpError } from "@/server/http/errors";
import { routeLocale } from "@/i18n/request-locale";

export const metadata: Metadata = { title: "Edit text" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/** The owner corrects a published document sentence by sentence; notes are re-anchored on save. */
export default async function EditTextPage({ params }: Props) {
  await routeLocale(params);
  const { slug } = await params;
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/edit`)}`);
  const alignment = await getAlignment({ userId: user.id, slug }).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
  if (!alignment.published) redirect(`/documents/${encodeURIComponent(slug)}/align`);
  return (
    <div className="page align-page">
      <h1>Edit “{alignment.title}”</h1>
      <p className="lede">
        Correct a sentence or its translation and save it. Notes on it follow their words; a note whose words are gone is kept and listed under Orphans in the{" "}
        <Link href={`/read/${encodeURIComponent(slug)}`}>reader</Link>.
      </p>
      <TextEditor slug={slug} rows={alignment.rows.map(({ segmentId, paragraph, en, zh, translationId }) => ({ segmentId, paragraph, en, zh, translationId }))} />
    </div>
  );
}
