// GET|POST /api/auth/* - next-auth: sign in (credentials, GitHub, Google), sign out, session, CSRF token.
import NextAuth from "next-auth";
import { authOptions } from "@/server/auth/options";
import { jsonError } from "@/server/http/api-route";

const handler = NextAuth(authOptions);

/**
 * next-auth parses a JSON body itself and throws (a 500) when it is not JSON; a malformed body is
 * the sender's mistake, so it gets a 400 here first. Its forms send urlencoded bodies, untouched.
 */
async function POST(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  if (/json/i.test(request.headers.get("content-type") ?? "")) {
    try {
      JSON.parse(await request.clone().text());
    } catch {
      return jsonError(400, "The request body must be valid JSON.", { code: "invalid_json" });
    }
  }
  return (handler as (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>)(request, context);
}

export { handler as GET, POST };
