import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/server/auth/current-user";
import { getAlignment } from "@/server/data/documents/get-alignment";
import { HttpError } from "@/server/http/errors";

/**
 * The alignment of the caller's own import, for the align and edit pages: a visitor is sent to
 * sign in and back to `page`; a document that is not theirs is "not found", as everywhere.
 */
export async function ownAlignment(slug: string, page: "align" | "edit") {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(`/documents/${slug}/${page}`)}`);
  return getAlignment({ userId: user.id, slug }).catch((error: unknown) => {
    if (error instanceof HttpError && error.status === 404) notFound();
    throw error;
  });
}
