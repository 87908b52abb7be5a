/** Shapes of class and share requests, shared by the forms and the API. */
import { z } from "zod";
import { userText } from "./text";

export const createClassSchema = z.object({
  name: userText().trim().min(1, "Give the class a name.").max(120, "A class name is at most 120 characters."),
});
export const joinClassSchema = z.object({ code: userText().trim().min(1, "Type the class code.").max(40) });
