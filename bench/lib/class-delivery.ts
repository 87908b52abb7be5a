/**
 * Issue 16's delivery figure: 30 classmates, each signed in with the letter open (holding its
 * event stream with their own session), while a teacher writes class notes and the class load
 * runs beside them. Each note's delivery time is from the create's acknowledgement to each
 * classmate's receipt of its `annotation` event; a note some classmate has not received 30 s after the load fails the run.
 */
import http from "node:http";
import { signUp, type HttpUser } from "../../tests/support/http-user";
import { percentile } from "./stats";

interface Listener {
  arrived: Map<string, number>;
  close: () => void;
}

/** One classmate's stream: records when each note's `annotation` event arrives. */
function listen(url: string, cookie: string): Promise<Listener> {
  return new Promise((resolve, reject) => {
    const arrived = new Map<string, number>();
    const request = http.get(url, { agent: false, headers: { Cookie: cookie, Accept: "text/event-stream" } }, (response) => {
      if (response.statusCode !== 200) return reject(new Error(`${url} answered ${response.statusCode}`));
      response.setEncoding("utf8");
      let buffer = "";
      response.on("data", (chunk: string) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!event.includes("event: annotation\n")) continue;
          const data = event.split("\n").find((line) => line.startsWith("data: "));
          const id = data ? (JSON.parse(data.slice(6)) as { id?: string }).id : undefined;
          if (id && !arrived.has(id)) arrived.set(id, now);
        }
      });
      resolve({ arrived, close: () => request.destroy() });
    });
    request.on("error", reject);
  });
}

export async function classDelivery(options: {
  base: string;
  teacher: HttpUser;
  classmates: number;
  notes: number;
  everyMs: number;
  /** The class load to run meanwhile; resolves when it is over. */
  load: () => Promise<unknown>;
  note: (classId: string) => unknown;
}): Promise<{ p95Ms: number; p50Ms: number; deliveries: number }> {
  const { base, teacher } = options;
  const made = await teacher.send("POST", "/api/classes", { name: "Benchmark delivery class" });
  if (made.status !== 201) throw new Error(`create class: ${made.status} ${await made.text()}`);
  const { id: classId, joinCode } = (await made.json()) as { id: string; joinCode: string };
  const students: HttpUser[] = [];
  for (let i = 0; i < options.classmates; i++) {
    const student = await signUp(base, `Classmate ${i}`);
    const joined = await student.send("POST", "/api/classes/join", { code: joinCode });
    if (joined.status !== 201) throw new Error(`join: ${joined.status} ${await joined.text()}`);
    students.push(student);
  }
  const url = `${base}/api/documents/openai-letter-2023/events`;
  const listeners = await Promise.all(students.map((s) => listen(url, s.cookieHeader())));
  try {
    const acknowledged = new Map<string, number>();
    const load = options.load();
    for (let i = 0; i < options.notes; i++) {
      await new Promise((resolve) => setTimeout(resolve, options.everyMs));
      const response = await teacher.send("POST", "/api/annotations", options.note(classId));
      const at = performance.now();
      if (response.status !== 201) throw new Error(`class note: ${response.status} ${await response.text()}`);
      acknowledged.set(((await response.json()) as { id: string }).id, at);
    }
    await load;
    // The last deliveries: a late one is measured as late; one still missing after 30 s is lost.
    const delivered = () => [...acknowledged.keys()].every((id) => listeners.every((l) => l.arrived.has(id)));
    for (const deadline = performance.now() + 30_000; !delivered() && performance.now() < deadline;)
      await new Promise((resolve) => setTimeout(resolve, 100));
    const times: number[] = [];
    for (const [id, at] of acknowledged)
      for (const listener of listeners) {
        const arrived = listener.arrived.get(id);
        if (arrived === undefined) throw new Error(`a classmate never received class note ${id}`);
        times.push(Math.max(0, arrived - at));
      }
    return { p95Ms: percentile(times, 95), p50Ms: percentile(times, 50), deliveries: times.length };
  } finally {
    listeners.forEach((l) => l.close());
  }
}
