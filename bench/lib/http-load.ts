/**
 * HTTP load with autocannon. Latency percentiles are computed from every response's own time
 * (autocannon's summary has no p95).
 */
import autocannon from "autocannon";
import { percentile } from "./stats";

export interface LoadOptions {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  connections: number;
  durationSeconds: number;
  /** Requests per second across all connections (open-loop load); unlimited when absent. */
  overallRate?: number;
  /** Sessions to send requests as, taken in turn (the `Cookie` header of each request): many writers, not one. */
  cookies?: string[];
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { result, latencies } = await autocannonRun(options);
  return {
    reqPerSec: result.requests.average,
    ...percentiles(latencies),
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

/**
 * `clients` independent writers, each on its own connection sending `ratePerClient` requests a
 * second (together `clients × ratePerClient` a second): one autocannon per writer, each started at
 * a random moment of the first second.
 *
 * Why not one autocannon with `overallRate`: its rate limiter hands every connection its budget
 * at the same instant each second (one timer per connection, all created together), so 30 writers
 * all send at once, every second. That is 30 concurrent requests, the saturation figure again, not
 * a rate; people writing independently are not in step. The in-step case is still measured
 * (`runLoad` with `overallRate`) and reported beside this one.
 */
export async function runIndependentClients(
  options: Omit<LoadOptions, "connections" | "overallRate"> & { clients: number; ratePerClient: number },
): Promise<LoadResult> {
  const { clients, ratePerClient, cookies, ...request } = options;
  const runs = await Promise.all(
    Array.from({ length: clients }, async (_, i) => {
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 1000));
      // Each writer is one person when sessions are given: client i writes as the i-th.
      const own = cookies ? [cookies[i % cookies.length]!] : undefined;
      return autocannonRun({ ...request, cookies: own, connections: 1, overallRate: ratePerClient });
    }),
  );
  return {
    reqPerSec: runs.reduce((sum, run) => sum + run.result.requests.average, 0),
    ...percentiles(runs.flatMap((run) => run.latencies)),
    requests: runs.reduce((sum, run) => sum + run.result.requests.total, 0),
    non2xx: runs.reduce((sum, run) => sum + run.result.non2xx, 0),
    errors: runs.reduce((sum, run) => sum + run.result.errors + run.result.timeouts, 0),
  };
}

async function autocannonRun(options: LoadOptions): Promise<{ result: autocannon.Result; latencies: number[] }> {
  const latencies: number[] = [];
  const { cookies } = options;
  let turn = 0;
  let instance!: autocannon.Instance;
  const finished = new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: options.url,
        method: options.method ?? "GET",
        headers: options.headers,
        body: options.body,
        connections: options.connections,
        duration: options.durationSeconds,
        ...(options.overallRate ? { overallRate: options.overallRate } : {}),
        ...(cookies?.length
          ? {
              requests: [
                {
                  setupRequest: (request: autocannon.Request) => ({
                    ...request,
                    headers: { ...request.headers, cookie: cookies[turn++ % cookies.length]! },
                  }),
                },
              ],
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
  });
  instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  return { result: await finished, latencies };
}

const percentiles = (latencies: number[]) => ({
  p50Ms: percentile(latencies, 50),
  p95Ms: percentile(latencies, 95),
  p99Ms: percentile(latencies, 99),
});
