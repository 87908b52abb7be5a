// GET /api/documents/{slug}?script=hant|hans - one document with its segments and published translations,
// the Chinese shown in the script asked for. Each version converts from the script it is stored in
// (its `language`), by phrase (lib/script); anchors count code points of the stored text, so a
// version shown in its other script also carries `offsetMaps` (segment id → changed phrases).
import { convertScript } from "@/lib/script/convert";
import { scriptOfLanguage } from "@/lib/script/script";
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
  const canonical = new Map(document.versions.map((v) => [v.id, v.language.startsWith("zh") ? scriptOfLanguage(v.language) : script]));
  const converted = [...canonical.values()].some((s) => s !== script);
  if (!converted) return Response.json({ ...document, script }, { headers });
  const offsetMaps: Record<string, Record<string, unknown>> = {};
  return Response.json(
    {
      ...document,
      script,
      versions: document.versions.map((v) =>
        canonical.get(v.id) === script
          ? v
          : {
              ...v,
              language: script === "hans" ? "zh-Hans" : "zh-Hant",
              canonicalLanguage: v.language,
              offsetMaps: (offsetMaps[v.id] = {}),
            },
      ),
      segments: document.segments.map((s) => ({
        ...s,
        translations: Object.fromEntries(
          Object.entries(s.translations).map(([id, text]) => {
            const from = canonical.get(id) ?? script;
            const { text: shown, map } = convertScript(text, from, script);
            if (map.length && offsetMaps[id]) offsetMaps[id][s.id] = map;
            return [id, shown];
          }),
        ),
      })),
    },
    { headers },
  );
});
