/** A page section named by its own heading (`aria-labelledby`), as the class and account pages are built. */
import type { ReactNode } from "react";

interface Props {
  /** The heading's id is `${id}-heading`, for links and labelled tables inside. */
  id: string;
  title: ReactNode;
  className: string;
  children: ReactNode;
}

export function TitledSection({ id, title, className, children }: Props) {
  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
