/**
 * Times `GET /api/health/live` every `everyMs` until `until` settles: how quickly the server thread
 * answers while something else runs (tests/integration/import-load.test.ts, bench/lib/largest-import.ts).
 * A check that does not answer 200 throws: a refusal would time nothing.
 */
export async function healthLatenciesDuring(baseUrl: string, until: Promise<unknown>, everyMs = 20): Promise<number[]> {
  let done = false;
  const settled = () => (done = true);
  until.then(settled, settled);
  const latencies: number[] = [];
  while (!done) {
    const started = performance.now();
    const response = await fetch(`${baseUrl}/api/health/live`);
    await response.text();
    latencies.push(performance.now() - started);
    if (response.status !== 200) throw new Error(`/api/health/live answered ${response.status}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return latencies;
}
