/* eslint-disable @next/next/no-html-link-for-pages -- a plain link: this boundary is in every page's first load, next/link is not needed here */
// A 404 outside the localised pages (an unknown /api/… address): no interface language applies.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body>
        <h1>Nothing here</h1>
        <p>
          <a href="/">See all texts</a>
        </p>
      </body>
    </html>
  );
}
