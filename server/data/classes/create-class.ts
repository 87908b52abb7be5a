import "server-only";
import { getDb } from "../../db";
import { isUniqueViolation } from "../unique-violation";
import { formatJoinCode, generateJoinCode } from "./join-code";

/** Creates a class; its creator is its teacher. Retries on the (unlikely) clash of join codes. */
export async function createClass(options: { userId: string; name: string }): Promise<{ id: string; name: string; joinCode: string }> {
  const db = getDb();
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await db.class.create({
        data: {
          name: options.name,
          joinCode: generateJoinCode(),
          createdById: options.userId,
          memberships: { create: { userId: options.userId, role: "teacher" } },
        },
      });
      return { id: created.id, name: created.name, joinCode: formatJoinCode(created.joinCode) };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
