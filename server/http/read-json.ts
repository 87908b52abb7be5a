/** Reads a JSON request body with a size limit: 413 when too large, 400 when not JSON. */
import type { z } from "zod";
import { HttpError, validationError } from "./errors";

export async function readJson(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const reader = request.body?.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, "The request body must be valid JSON.", { code: "invalid_json" });
  }
}

export async function readJsonAs<T extends z.ZodType>(request: Request, schema: T, maxBytes: number): Promise<z.infer<T>> {
  const parsed = schema.safeParse(await readJson(request, maxBytes));
  if (!parsed.success) throw validationError(parsed.error);
  return parsed.data;
}

const tooLarge = (maxBytes: number) =>
  new HttpError(413, `The request is too large: the limit is ${Math.round(maxBytes / 1024)} KB.`, {
    code: "request_too_large",
    maxKilobytes: Math.round(maxBytes / 1024),
  });
