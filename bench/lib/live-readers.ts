/**
 * The readers of the school-scale live step (live-school.ts), in a process of their own so that
 * reading a thousand streams does not slow the writers' process or the clock of their
 * acknowledgements: the figure is the server's. Started with `fork`; talks over IPC:
 *
 *   → { type: "open", url, readers: [{ cookie, userId, classId }] }   ← { type: "opened" } or { type: "failed", error }
 *   → { type: "settle", notes: [{ id, ackAt, visibility, classId, authorId }], waitMs }
 *   ← { type: "settled", times (ms, ack to receipt, one per entitled delivery), missing, forbidden: [descriptions] }
 *   → { type: "close" }   ← { type: "closed" }
 *
 * Times are on one clock for both processes: performance.timeOrigin + performance.now().
 */
import http from "node:http";

interface Reader {
  cookie: string;
  userId: string;
  classId: string;
}

interface Note {
  id: string;
  ackAt: number;
  visibility: "public" | "class" | "private";
  classId: string | null;
  authorId: string;
}

type Message = { type: "open"; url: string; readers: Reader[] } | { type: "settle"; notes: Note[]; waitMs: number } | { type: "close" };

const now = () => performance.timeOrigin + performance.now();
const send = (message: unknown) => process.send!(message);

let readers: Reader[] = [];
const requests: http.ClientRequest[] = [];
/** Per note id: the readers (by index) who received it and when, flat: [reader, time, reader, time, …]. */
const receipts = new Map<string, number[]>();
/** Events other than notes, and notes without an id: none should arrive. */
const strange: string[] = [];
const DATA_PREFIX = 'data: {"id":"';

function received(reader: number, block: string, at: number) {
  if (block.startsWith(":") || block.startsWith("retry:")) return; // heartbeat, connected
  if (!block.includes("\nevent: annotation\n")) {
    if (strange.length < 10) strange.push(`reader ${reader}: ${block.slice(0, 120)}`);
    return;
  }
  const start = block.indexOf(DATA_PREFIX);
  const end = start < 0 ? -1 : block.indexOf('"', start + DATA_PREFIX.length);
  if (end < 0) {
    if (strange.length < 10) strange.push(`reader ${reader}: an annotation event without an id`);
    return;
  }
  const id = block.slice(start + DATA_PREFIX.length, end);
  let list = receipts.get(id);
  if (!list) receipts.set(id, (list = []));
  list.push(reader, at);
}

function open(url: string, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent: false, headers: { Cookie: readers[index]!.cookie, Accept: "text/event-stream" } },
      (response) => {
        if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode} to reader ${index}`));
        response.setEncoding("utf8");
        let buffer = "";
        response.on("data", (chunk: string) => {
          const at = now();
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            received(index, buffer.slice(0, end), at);
            buffer = buffer.slice(end + 2);
          }
        });
        resolve();
      },
    );
    request.on("error", reject);
    requests.push(request);
  });
}

/** Waits until every entitled reader has every note (or `waitMs` passes), then checks each receipt. */
async function settle(notes: Note[], waitMs: number) {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const classSizes = new Map<string, number>();
  for (const r of readers) classSizes.set(r.classId, (classSizes.get(r.classId) ?? 0) + 1);
  const entitledCount = (n: Note) =>
    n.visibility === "public" ? readers.length : n.visibility === "class" ? (classSizes.get(n.classId!) ?? 0) : 0;
  const expected = notes.reduce((sum, n) => sum + entitledCount(n), 0);
  const arrived = () => notes.reduce((sum, n) => sum + (receipts.get(n.id)?.length ?? 0) / 2, 0);
  for (const deadline = now() + waitMs; arrived() < expected && now() < deadline;) await new Promise((r) => setTimeout(r, 100));

  const times: number[] = [];
  const forbidden: string[] = [...strange];
  let duplicates = 0;
  for (const [id, list] of receipts) {
    const note = byId.get(id);
    if (!note) {
      forbidden.push(`${list.length / 2} readers received note ${id}, which no writer of this run made`);
      continue;
    }
    const seen = new Set<number>();
    for (let i = 0; i < list.length; i += 2) {
      const reader = readers[list[i]!]!;
      const entitled =
        note.visibility === "public" || note.authorId === reader.userId || (note.visibility === "class" && note.classId === reader.classId);
      if (!entitled)
        forbidden.push(`reader ${list[i]} (class ${reader.classId}) received ${note.visibility} note ${id} of class ${note.classId}`);
      else if (seen.has(list[i]!)) duplicates++;
      else {
        seen.add(list[i]!);
        times.push(Math.max(0, list[i + 1]! - note.ackAt));
      }
    }
  }
  receipts.clear();
  strange.length = 0;
  return {
    type: "settled",
    times,
    expected,
    missing: expected - times.length,
    duplicates,
    forbidden: forbidden.slice(0, 20),
    forbiddenCount: forbidden.length,
  };
}

process.on("message", (message: Message) => {
  void (async () => {
    try {
      if (message.type === "open") {
        readers = message.readers;
        // 50 at a time: a thousand connects at once would measure the accept queue, not the streams.
        let next = 0;
        await Promise.all(
          Array.from({ length: 50 }, async () => {
            while (next < readers.length) await open(message.url, next++);
          }),
        );
        send({ type: "opened" });
      } else if (message.type === "settle") send(await settle(message.notes, message.waitMs));
      else {
        requests.forEach((r) => r.destroy());
        requests.length = 0;
        send({ type: "closed" });
      }
    } catch (error) {
      send({ type: "failed", error: String(error) });
    }
  })();
});
