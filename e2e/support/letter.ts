/** The seeded letter, as the browser tests refer to it. */
import { letterVersions, segmentId } from "../../prisma/seed/openai-letter";

export const LETTER_PATH = "/documents/openai-letter-2023";
export const [CLOSE, FLUENT, HUXIU] = letterVersions.map((v) => ({ id: v.id, name: v.name, texts: v.texts })) as [
  { id: string; name: string; texts: Record<string, string> },
  { id: string; name: string; texts: Record<string, string> },
  { id: string; name: string; texts: Record<string, string> },
];
export { segmentId };
