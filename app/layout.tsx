// The real root layout, with <html lang>, is app/[locale]/layout.tsx: the locale rewrites (next.config.js) send every
// page there. This one exists for the not-found page of addresses the rewrites do not handle.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
