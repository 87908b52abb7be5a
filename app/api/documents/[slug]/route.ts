// GET /api/documents/{slug}?script=hant|hans - one document with its segments and published translations;
// `script=hans` serves the Chinese in Simplified characters (code point for code point, so offsets still hold).
import { inScript } from "@/lib/script/to-simplified";
import { documentQuerySchema } from "@/lib/validation/queries";
import { getCurrentUser } from "@/server/auth/current-user";
import { getDocument } from "@/server/data/documents/get-document";
import { apiRoute, jsonError } from "@/server/http/api-route";
import { readQuery } from "@/server/http/read-query";

export const dynamic = "force-dynamic";

export const GET = apiRoute(async (request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const { script } = readQuery(request, documentQuerySchema);
  // Signed in, the owner also reads their private imports and drafts; everyone else gets 404 for those.
  const userId = (await getCurrentUser())?.id ?? null;
  const document = await getDocument({ slug, userId });
  if (!document)
    return jsonError(404, `No document "${slug}". GET /api/documents lists the documents you can read.`, { code: "document_not_found" });
  const headers = userId ? { "Cache-Control": "private, no-store" } : undefined;
  if (script === "hant") return Response.json(document, { headers });
  return Response.json(
    {
      ...document,
      script,
      versions: document.versions.map((v) => ({ ...v, language: v.language === "zh-Hant" ? "zh-Hans" : v.language })),
      segments: document.segments.map((s) => ({
        ...s,
        translations: Object.fromEntries(Object.entries(s.translations).map(([id, text]) => [id, inScript(text, "hans")])),
      })),
    },
    { headers },
  );
});
