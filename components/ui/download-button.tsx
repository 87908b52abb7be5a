/** A file to download, looking like a quiet button (exports on the account page). */
import type { ReactNode } from "react";

export function DownloadButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className="button button-quiet" href={href} download>
      {children}
    </a>
  );
}
