import Link from "next/link";

// A 404 outside the localised pages (an unknown /api/… address): no interface language applies.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Nothing here</h1>
        <p>
          <Link href="/">See all texts</Link>
        </p>
      </body>
    </html>
  );
}
