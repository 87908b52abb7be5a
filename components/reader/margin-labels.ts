/** The labels of a sentence's margin (sentence-margin.ts), in the interface's language. */
import "server-only";
import { getTranslations } from "next-intl/server";
import { MARGIN_NUMBER, type MarginLabels } from "./sentence-margin";

export async function marginLabelsOf(): Promise<MarginLabels> {
  const compare = await getTranslations("Compare");
  const notes = await getTranslations("Annotations");
  const aids = await getTranslations("ReadingAids");
  return {
    compareSentence: compare("compareSentence"),
    compareSentenceNumber: compare("compareSentenceNumber", { number: MARGIN_NUMBER }),
    writeNote: notes("writeNote"),
    writeNoteShortcut: notes("writeNoteShortcut"),
    readAloud: aids("readAloud"),
  };
}
