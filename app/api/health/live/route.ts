// GET /api/health/live - liveness for load balancers: the process answers; no database involved.
// Also the benchmark's floor: the cheapest route the framework can serve.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ live: true }, { headers: { "Cache-Control": "no-store" } });
}
