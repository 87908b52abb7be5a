/** What a reader sees, rendered on the server, while the database cannot be reached. */
export function UnavailableNotice() {
  return (
    <div className="page message-page" role="alert">
      <h1>This page could not be loaded</h1>
      <p>The library is unreachable for a moment (for example while its database restarts). Nothing you wrote is lost.</p>
      <p>Reload the page in a little while.</p>
    </div>
  );
}
