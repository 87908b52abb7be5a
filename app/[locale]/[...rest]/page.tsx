import { notFound } from "next/navigation";

// Any address no page answers: the localised not-found page, in the reader's language.
export default function CatchAll() {
  notFound();
}
