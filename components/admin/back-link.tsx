import { Link } from "@/i18n/navigation";

/** "← All …" above an admin detail page. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="mb-2 text-sm">
      <Link href={href} className="font-medium text-brand-800 underline">
        {children}
      </Link>
    </p>
  );
}
