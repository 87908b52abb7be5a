import Link from "next/link";

export default function ShareNotFound() {
  return (
    <div className="page message-page">
      <h1>This link does not open</h1>
      <p>The shared view is not available: the link may have been turned off by the person who shared it, it may have expired, or it was not copied whole.</p>
      <p>Ask them for a new link, or <Link href="/">read the texts</Link> yourself.</p>
    </div>
  );
}
