/** Shapes of class and share requests, shared by the forms and the API. */
import { z } from "zod";

export const createClassSchema = z.object({ name: z.string().trim().min(1, "Give the class a name.").max(120, "A class name is at most 120 characters.") });
export const joinClassSchema = z.object({ code: z.string().trim().min(1, "Type the class code.").max(40) });
