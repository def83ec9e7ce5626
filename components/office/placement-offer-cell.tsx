import { CountryName } from "@/components/ui/country-name";

/** The traineeship in a placement list: offer title, then host, city and country. */
export function PlacementOfferCell({ title, host, city, country }: { title: string; host: string; city?: string; country: string }) {
  return (
    <>
      <span className="font-medium">{title}</span>
      <span className="block text-slate-600">
        {host} · {city ? `${city}, ` : ""}
        <CountryName code={country} />
      </span>
    </>
  );
}
