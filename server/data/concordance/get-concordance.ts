import "server-only";
import { normaliseTerm } from "@/lib/concordance/find-term";
import { searchConcordance, type Concordance } from "@/lib/concordance/search";
import { toSimplified, toTraditional } from "@/lib/script/convert";
import { isStorableText } from "@/lib/validation/text";
import { notFound } from "../../http/errors";
import { readableDocumentIdOrThrow } from "../documents/readable-document-id";
import { documentSnapshot, stateOf } from "./document-snapshot";

/** The most hits one answer lists; the tallies still count every hit. */
export const CONCORDANCE_LIMIT = 200;

export type ConcordanceView = Concordance & { q: string };

/**
 * GET /api/documents/{slug}/concordance?q= : the term in every sentence pair of a document the
 * caller may read (404 otherwise), with each published version's aligned rendering. Published
 * versions are readable by whoever may read the document, so no proposal is searched.
 */
export async function getConcordance(options: { userId: string | null; slug: string; q: string }): Promise<ConcordanceView> {
  // A slug the database could not store names no document (and would fail the query as a 500).
  if (!isStorableText(options.slug)) throw notFound("document_not_found", `Document "${options.slug}"`);
  // The document's state is read beside the check, and used only once the check has passed.
  const state = stateOf({ slug: options.slug });
  state.catch(() => undefined);
  const documentId = await readableDocumentIdOrThrow(options);
  const term = normaliseTerm(options.q);
  const { sentences, versionIds, links } = await documentSnapshot(documentId, await state);
  const result = searchConcordance({
    term,
    // The canonical text may be in either script (a version's `language`): look for both forms.
    chineseForms: [...new Set([term, toTraditional(term), toSimplified(term)])],
    sentences,
    versionIds,
    linksOf: (v, s) => links.get(v)?.get(s),
    limit: CONCORDANCE_LIMIT,
  });
  return { q: term, ...result };
}
