/**
 * A segment as the reader's rows carry it to the browser (reader-rows.ts): its translations in the
 * versions' order, each Chinese one with its twin in the other script, converted here so that the
 * conversion tables never leave the server. Conversions are memoised by text (lib/script/convert.ts).
 */
import "server-only";
import type { SegmentView, VersionView } from "@/lib/documents/types";
import { convertScript } from "@/lib/script/convert";
import { encodeOffsetMap } from "@/lib/script/offset-map";
import { otherScript, scriptOfLanguage } from "@/lib/script/script";
import type { RowData, TranslationData } from "./reader-rows";

function translationData(version: VersionView, translation: string): TranslationData {
  if (!version.language.startsWith("zh")) return { text: translation };
  const canonical = scriptOfLanguage(version.language);
  const { text, map } = convertScript(translation, canonical, otherScript(canonical));
  return { text: translation, twin: map.length ? { text, offsets: encodeOffsetMap(map) } : { text } };
}

export function rowData(segment: SegmentView, versions: readonly VersionView[]): RowData {
  return {
    id: segment.id,
    number: segment.number,
    kind: segment.kind,
    text: segment.text,
    translations: versions.map((v) => {
      const translation = segment.translations[v.id];
      return translation === undefined ? null : translationData(v, translation);
    }),
  };
}
