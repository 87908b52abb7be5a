"use client";
/**
 * "Edit text" for the owner of an imported text, on the public reader: that page is the same static
 * HTML for everyone, so it asks the server (GET …/ownership) once the session says someone is
 * signed in. Nothing shows for anyone else. The label comes translated from the server.
 */
import { useEffect, useState } from "react";
import { useSession } from "@/components/account/session-store";

export function OwnerEditLink({ slug, label }: { slug: string; label: string }) {
  const { status } = useSession();
  const [owner, setOwner] = useState(false);
  useEffect(() => {
    if (status !== "authenticated") return;
    const request = new AbortController();
    fetch(`/api/documents/${encodeURIComponent(slug)}/ownership`, { signal: request.signal, cache: "no-store" })
      .then((response) => (response.ok ? (response.json() as Promise<{ owner?: boolean }>) : null))
      .then((body) => setOwner(body?.owner === true))
      .catch(() => {});
    return () => request.abort();
  }, [status, slug]);
  if (!owner) return null;
  return (
    <>
      {" · "}
      <a href={`/documents/${encodeURIComponent(slug)}/edit`}>{label}</a>
    </>
  );
}
