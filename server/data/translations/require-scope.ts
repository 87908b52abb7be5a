import "server-only";
import { notFound } from "../../http/errors";
import { roleInClass } from "../classes/membership";

/**
 * A scope the caller may name: "document", or a class they belong to. Any other class answers 404,
 * word for word as a class that does not exist, so `?scope=<classId>` tells an outsider nothing
 * (not which rendering a class adopted, nor that the class exists).
 */
export async function requireScope(options: { userId: string | null; scope: string }): Promise<void> {
  if (options.scope === "document") return;
  if (!(await roleInClass({ userId: options.userId, classId: options.scope }))) throw notFound("class_not_found", "This class");
}
