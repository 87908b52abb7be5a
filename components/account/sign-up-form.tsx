"use client";
/** Sign-up: creates the account through /api/register, then signs in with the same e-mail and password. */
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useLocale, useTranslations } from "next-intl";
import { refreshSession } from "./session-store";
import type { FormEvent } from "react";
import { CheckedForm } from "@/components/ui/checked-form";
import { EmailField, NameField, PasswordField } from "@/components/ui/form-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { NAME_MAX, PASSWORD_MIN, registerSchema } from "@/lib/validation/account";
import { localizeErrors } from "./localized-field-errors";
import { sendJson } from "@/components/api-client";
import { useFormSubmit } from "./use-form-submit";

const FIELD_IDS = { name: "signup-name", email: "signup-email", password: "signup-password" };

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("Forms");
  const locale = useLocale();
  const router = useRouter();
  const limits = { max: NAME_MAX, min: PASSWORD_MIN };
  const form = useFormSubmit((e) =>
    localizeErrors(e, locale, { name: t("nameInvalid", limits), email: t("emailInvalid", limits), password: t("passwordInvalid", limits) }),
  );
  const { busy, errors } = form;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!form.begin(event)) return;
    const values = new FormData(event.currentTarget);
    const input = form.parse(registerSchema, { name: values.get("name"), email: values.get("email"), password: values.get("password") });
    if (!input) return;
    const created = await form.send(
      () => sendJson("/api/register", "POST", input, t),
      // 409: the address is taken; say so next to the e-mail field.
      (failed) => (failed.code === "email_taken" ? { fieldErrors: { email: [t("emailTaken")] }, formError: null } : undefined),
    );
    if (created === null) return;
    const signedIn = await signIn("credentials", { email: input.email, password: input.password, redirect: false }).catch(() => undefined);
    if (!signedIn?.ok) return form.refuse({}, t("createdNotSignedIn"));
    await refreshSession(); // the header and the reader read the session from this store
    router.replace(callbackUrl);
    router.refresh();
  }

  return (
    <CheckedForm busy={busy} onSubmit={onSubmit} errors={errors} fieldIds={FIELD_IDS} summaryTitle={t("checkTheForm")}>
      <NameField id={FIELD_IDS.name} label={t("name")} hint={t("nameHint")} errors={errors.fieldErrors.name} />
      <EmailField id={FIELD_IDS.email} label={t("email")} errors={errors.fieldErrors.email} />
      <PasswordField
        id={FIELD_IDS.password}
        name="password"
        label={t("password")}
        hint={t("passwordHint", { min: PASSWORD_MIN })}
        autoComplete="new-password"
        errors={errors.fieldErrors.password}
      />
      <SubmitButton busy={busy} busyLabel={t("creatingAccount")}>
        {t("createAccount")}
      </SubmitButton>
      <p className="form-aside">
        {t("haveAccount")}{" "}
        <Link href={callbackUrl === "/" ? "/signin" : `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`}>{t("signIn")}</Link>
      </p>
    </CheckedForm>
  );
}
