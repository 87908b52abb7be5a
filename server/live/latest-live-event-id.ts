import "server-only";
import { getDb } from "../db";

/**
 * The newest live event on a document, read before a list of notes is: a reader who then opens
 * the event stream from this id misses nothing written between the list and the stream.
 */
export async function latestLiveEventId(options: { documentSlug: string }): Promise<string> {
  const row = await getDb().liveEvent.findFirst({
    where: { document: { slug: options.documentSlug } },
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return (row?.id ?? 0n).toString();
}
