/** Shapes of class and share requests, shared by the forms and the API. */
import { z } from "zod";
import { userText } from "./text";

export const createClassSchema = z.object({
  name: userText().trim().min(1, "Give the class a name.").max(120, "A class name is at most 120 characters."),
});
export const joinClassSchema = z.object({ code: userText().trim().min(1, "Type the class code.").max(40) });

/** PATCH /api/classes/{id}/members/{userId}: a teacher makes a member a teacher (co-teacher) or a student. */
export const changeMemberRoleSchema = z.object({ role: z.enum(["teacher", "student"], { message: "role must be teacher or student." }) });

/** POST /api/classes/{id}/members/{userId}/hand-over: the class passes to that member; the caller stays a teacher only if asked. */
export const handOverClassSchema = z.object({ keepTeaching: z.boolean().default(false) });
