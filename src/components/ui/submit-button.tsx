/** A submit button that shows progress while its form is being sent, and ignores clicks meanwhile. */
import type { ButtonHTMLAttributes, ReactNode } from "react";

interface SubmitButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  busy: boolean;
  busyLabel: ReactNode;
}

export function SubmitButton({ busy, busyLabel, children, className = "button", type = "submit", onClick, ...rest }: SubmitButtonProps) {
  return (
    <button
      type={type}
      className={className}
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
