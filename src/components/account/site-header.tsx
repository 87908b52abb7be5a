/**
 * The site header. Its signed-in part (AccountNav) is drawn in the browser from the session, not
 * on the server: reading the session here would make every page dynamic, including the reader,
 * which is served as static HTML.
 */
import Link from "next/link";
import { AccountNav } from "./account-nav";

export function SiteHeader() {
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Interleaf
      </Link>
      <span className="brand-tagline">read side by side · 對照閱讀</span>
      <AccountNav />
    </header>
  );
}
