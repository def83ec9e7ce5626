import { notFound } from "next/navigation";

// Any path under a locale that no page answers: the translated 404 of app/[locale]/not-found.tsx.
export default function UnknownPage() {
  notFound();
}
