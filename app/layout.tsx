// The real root layout, with <html lang>, is app/[locale]/layout.tsx: the proxy sends every
// page there. This one exists for the not-found page of addresses the proxy does not handle.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return children;
}
