// Any /api/... address no route answers: a JSON 404 (an API client gets JSON, not the HTML page).
import { jsonError } from "@/server/http/api-route";

export const dynamic = "force-dynamic";

const notFound = () => jsonError(404, "There is no such API address. See README.md for the API's routes.", { code: "api_route_unknown" });

export const GET = notFound;
export const HEAD = notFound;
export const POST = notFound;
export const PUT = notFound;
export const PATCH = notFound;
export const DELETE = notFound;
export const OPTIONS = notFound;
