/**
 * A submit button that shows progress while its form is being sent, and ignores clicks meanwhile.
 *
 * It is disabled until the page has hydrated: every form using it is sent by JavaScript, and a
 * click (or Enter) before that would submit the form natively, reloading the page and putting its
 * fields, a password among them, into the address. A disabled default button stops both.
 */
import { useSyncExternalStore, type ButtonHTMLAttributes, type ReactNode } from "react";

interface SubmitButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  busyLabel: ReactNode;
}

const subscribeToNothing = () => () => {};

export function SubmitButton({
  busy,
  busyLabel,
  children,
  className = "button",
  type = "submit",
  onClick,
  disabled,
  ...rest
}: SubmitButtonProps) {
  const hydrated = useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
  return (
    <button
      type={type}
      className={className}
      disabled={disabled || !hydrated}
      aria-disabled={busy || undefined}
      data-busy={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
      {...rest}
    >
      {busy ? busyLabel : children}
    </button>
  );
}

/** The submit button with, beside it, a polite status line that says what the last submit did. */
export function SubmitWithStatus({
  busy,
  busyLabel,
  status,
  children,
}: {
  busy: boolean;
  busyLabel: ReactNode;
  status: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="form-actions">
      <SubmitButton busy={busy} busyLabel={busyLabel}>
        {children}
      </SubmitButton>
      <p role="status" className="form-status">
        {status}
      </p>
    </div>
  );
}
