import Link from "next/link";

export default function DocumentNotFound() {
  return (
    <div className="page message-page">
      <h1>No such text</h1>
      <p>We could not find a text at this address. Check the link, or choose one from the list.</p>
      <p>
        <Link href="/">See all texts</Link>
      </p>
    </div>
  );
}
