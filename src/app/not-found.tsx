import Link from "next/link";

export default function NotFound() {
  return (
    <div className="page message-page">
      <h1>Nothing here</h1>
      <p>There is no page at this address. It may have been moved, or the link may be mistyped.</p>
      <p>
        <Link href="/">See all texts</Link>
      </p>
    </div>
  );
}
