import type { Metadata, Viewport } from "next";
import { SiteHeader } from "@/components/account/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Interleaf", template: "%s · Interleaf" },
  description: "Read a text side by side with its Chinese translations; annotate, compare and discuss it as a class.",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#17181b" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
