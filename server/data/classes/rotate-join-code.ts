import "server-only";
import { getDb } from "../../db";
import { isUniqueViolation } from "../unique-violation";
import { formatJoinCode, generateJoinCode } from "./join-code";
import { requireTeacher } from "./membership";

/** Gives the class a new join code (teacher only); the old one stops working at once. */
export async function rotateJoinCode(options: { userId: string; classId: string }): Promise<{ joinCode: string }> {
  await requireTeacher(options);
  for (let attempt = 0; ; attempt++) {
    try {
      const updated = await getDb().class.update({
        where: { id: options.classId },
        data: { joinCode: generateJoinCode() },
        select: { joinCode: true },
      });
      return { joinCode: formatJoinCode(updated.joinCode) };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
