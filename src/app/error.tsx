"use client";
// Shown when a page fails to render: most often because the database is unreachable.

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="page message-page" role="alert">
      <h1>This page could not be loaded</h1>
      <p>The library may be unreachable for a moment (for example while the database restarts). Your notes are safe.</p>
      <button type="button" className="button" onClick={() => reset()}>
        Try again
      </button>
    </div>
  );
}
