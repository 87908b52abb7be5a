// GET /api/documents/{slug}/export.md?version={versionId} - a bilingual Markdown study sheet with the caller's visible notes.
import { renderStudySheet } from "@/lib/export/study-sheet-markdown";
import { exportQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { listAnnotationsForExport } from "@/server/data/annotations/list-annotation-page";
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute } from "@/server/http/api-route";
import { HttpError, notFound } from "@/server/http/errors";
import { publicOrigin } from "@/server/http/public-origin";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const userId = (await getCurrentUser())?.id ?? null;
  const document = await getDocument({ slug, userId });
  if (!document) throw notFound("document_not_found", `Document "${slug}"`);
  const { version: wanted } = readQuery(request, exportQuerySchema);
  const version = wanted ? document.versions.find((v) => v.id === wanted) : document.versions[0];
  if (wanted && !version) throw new HttpError(400, `No version "${wanted}" in this document: GET /api/documents/${slug} lists its versions.`, {
      code: "export_version_unknown",
    });
  // Read a page at a time and capped (lib/limits.ts), so one sheet stays a readable size.
  const listed = await listAnnotationsForExport({ userId, documentSlug: slug });
  const annotations = listed.annotations.filter((a) => !a.hidden);
  let markdown = renderStudySheet({ ...document, url: publicOrigin() + document.url }, version ?? null, annotations, new Date());
  if (listed.truncated) markdown += `\n> This study sheet holds the first ${listed.annotations.length} notes only; the document has more than one sheet can hold.\n`;
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `inline; filename="${slug}-study-sheet.md"`,
      "Cache-Control": "private, no-store",
    },
  });
});
