/** A labelled input with its hint and its errors, wired together for assistive technology. */
import type { InputHTMLAttributes, ReactNode } from "react";
import { NAME_MAX } from "@/lib/validation/account";

interface FormFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id"> {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[] | undefined;
}

export function FormField({ id, label, hint, errors, className, ...input }: FormFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className={["field", errorId ? "field-invalid" : "", className ?? ""].filter(Boolean).join(" ")}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <input id={id} aria-invalid={errorId ? true : undefined} aria-describedby={describedBy} {...input} />
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

/** The e-mail field of the account forms: `autoComplete` is "email", or "username" where it names the account signing in. */
export function EmailField(props: Omit<FormFieldProps, "name" | "type" | "inputMode">) {
  return <FormField name="email" type="email" inputMode="email" autoComplete="email" required {...props} />;
}

/** The display-name field of sign-up and the account page. */
export function NameField(props: Omit<FormFieldProps, "name" | "type">) {
  return <FormField name="name" autoComplete="name" required maxLength={NAME_MAX} {...props} />;
}

/** A password field: `autoComplete` says which ("current-password" or "new-password"), for password managers. */
export function PasswordField(
  props: Omit<FormFieldProps, "type" | "autoComplete"> & { autoComplete: "current-password" | "new-password" },
) {
  return <FormField type="password" required {...props} />;
}

/** The password that proves who one is (signing in, confirming a change): password managers fill it. */
export function CurrentPasswordField(props: Omit<FormFieldProps, "type" | "autoComplete">) {
  return <PasswordField autoComplete="current-password" {...props} />;
}
