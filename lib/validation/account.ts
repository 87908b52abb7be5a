/**
 * Account input rules, shared by the forms (checked before sending) and the route handlers
 * (checked again, since anyone can call the API). Messages are written for the person filling in
 * the form: each says what to do.
 */
import { z } from "zod";
import { userText } from "./text";
import { LOCALES } from "../i18n/locales";

export const NAME_MAX = 80;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

/** Trimmed and lower-cased, as stored: the same address in any case is one account. */
export const emailSchema = z
  .string({ error: "Enter your e-mail address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter your e-mail address.")
  .max(254, "This e-mail address is too long.")
  .pipe(z.email({ error: "Enter an e-mail address like name@example.com." }));

export const nameSchema = userText({ error: "Enter your name." })
  .trim()
  .min(1, "Enter your name.")
  .max(NAME_MAX, `Use at most ${NAME_MAX} characters for your name.`);

/** A password someone chooses (sign-up, change, reset). Existing passwords are only checked for presence. */
export const newPasswordSchema = userText({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((password) => !/^(.)\1*$/su.test(password), "Use more than one distinct character.");

const currentPasswordSchema = userText({ error: "Enter your current password." }).min(1, "Enter your current password.").max(PASSWORD_MAX);

export const SAME_AS_EMAIL_MESSAGE = "Your password must not be your e-mail address.";

/** The one rule that needs both fields; the server checks it again against the stored address. */
export function isPasswordSameAsEmail(password: string, email: string): boolean {
  const normalised = email.trim().toLowerCase();
  return normalised !== "" && password.trim().toLowerCase() === normalised;
}

export const registerSchema = z.object({ email: emailSchema, password: newPasswordSchema, name: nameSchema }).superRefine((value, ctx) => {
  // Runs even when other fields failed (zod reports every problem at once), so check the types.
  if (typeof value.password === "string" && typeof value.email === "string" && isPasswordSameAsEmail(value.password, value.email))
    ctx.addIssue({ code: "custom", path: ["password"], message: SAME_AS_EMAIL_MESSAGE, params: { code: "password_same_as_email" } });
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const updateAccountSchema = z.object({ name: nameSchema });

export const changePasswordSchema = z.object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema });

export const deleteAccountSchema = z.object({
  confirmEmail: userText({ error: "Type your e-mail address to confirm." })
    .trim()
    .toLowerCase()
    .min(1, "Type your e-mail address to confirm.")
    .max(254),
});

export const passwordResetRequestSchema = z.object({ email: emailSchema });

export const passwordResetConfirmSchema = z.object({
  token: userText({ error: "This reset link is incomplete." })
    .min(1, "This reset link is incomplete.")
    .max(200, "This reset link is not valid."),
  password: newPasswordSchema,
});

/** Sign-in only checks that something was typed: the server says whether it matches. */
export const signInSchema = z.object({
  email: emailSchema,
  password: userText({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX, "This password is too long."),
});

/** The daily digest setting: on or off, and the interface language it is written in (the page's, when saved). */
export const emailDigestSchema = z.strictObject({ emailDigest: z.boolean(), locale: z.enum(LOCALES) });
export type EmailDigestInput = z.infer<typeof emailDigestSchema>;
