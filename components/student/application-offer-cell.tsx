import { Link } from "@/i18n/navigation";
import { CountryName } from "@/components/ui/country-name";
import { Td } from "@/components/ui/table";

/** The first cell of a student's application row: the offer, linked to the application, and its place. */
export function ApplicationOfferCell({ applicationId, offer }: { applicationId: string; offer: { title: string; city: string; country: string } }) {
  return (
    <Td>
      <Link href={`/student/applications/${applicationId}`} className="font-medium text-brand-800 underline">
        {offer.title}
      </Link>
      <span className="block text-slate-600">
        {offer.city}, <CountryName code={offer.country} />
      </span>
    </Td>
  );
}
