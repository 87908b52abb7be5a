/**
 * Refusals over HTTP carry a catalogued `code` beside the English `error` (issue 17.12), for each
 * kind of refusal a route can give: the wrapper's own (cross-site, 401, unknown address), the body
 * and query readers (JSON, fields, query), the data layer's (404, 403, 422) and a form's (wrong
 * current password, wrong class code), and the JSON-LD export is on the request's origin (17.13).
 * Needs a build (`npm run build`).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isErrorCode } from "../../lib/errors/codes";
import { startApp, type AppProcess } from "../support/app-process";
import { connectTestDatabase } from "../support/database";
import { HttpUser, signUp } from "../support/http-user";

const { url, db } = connectTestDatabase();
let app: AppProcess;
let reader: HttpUser;
beforeAll(async () => {
  app = await startApp({ DATABASE_URL: url, NEXTAUTH_SECRET: "error-codes-test-secret-0123456789abcdef" });
  reader = await signUp(app.baseUrl, "Coded");
}, 120_000);
afterAll(async () => {
  await app?.stop();
  await db.$disconnect();
});

async function refusal(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as { error: unknown; code: unknown };
  expect(typeof body.error).toBe("string");
  expect(isErrorCode(body.code)).toBe(true);
  expect(body.code).toBe(code);
  return body;
}

describe("every refusal carries its code", () => {
  it("from the route wrapper and the readers", async () => {
    const anonymous = new HttpUser(app.baseUrl);
    await refusal(await anonymous.send("POST", "/api/annotations", {}), 401, "sign_in_required");
    await refusal(await anonymous.fetch("/api/no-such-thing"), 404, "api_route_unknown");
    await refusal(
      await reader.fetch("/api/classes", {
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
        body: "{}",
      }),
      403,
      "cross_site_write",
    );
    await refusal(
      await reader.fetch("/api/classes", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{" }),
      400,
      "invalid_json",
    );
    const fields = await refusal(await reader.send("POST", "/api/classes", { name: "" }), 400, "invalid_fields");
    expect(fields).toMatchObject({ fieldCodes: { name: [{ code: "required" }] } });
    await refusal(await reader.fetch("/api/annotations?document=openai-letter-2023&limit=501"), 400, "invalid_query");
  });

  it("from the data layer and the forms", async () => {
    await refusal(await reader.fetch("/api/documents/no-such-letter"), 404, "document_not_found");
    await refusal(await reader.fetch("/api/annotations/nope"), 404, "note_not_found");
    await refusal(await reader.send("POST", "/api/classes/join", { code: "ZZZZ-ZZZZ" }), 404, "join_code_unknown");
    await refusal(
      await reader.send("POST", "/api/account/password", { currentPassword: "not it at all", newPassword: "a brand new pass phrase" }),
      400,
      "wrong_current_password",
    );
  });
});

it("exports JSON-LD with ids on the origin the request came to", async () => {
  const collection = (await (await reader.fetch("/api/documents/openai-letter-2023/annotations.jsonld")).json()) as { id: string };
  expect(collection.id).toBe(`${new URL(app.baseUrl).origin}/api/documents/openai-letter-2023/annotations.jsonld`);
});
