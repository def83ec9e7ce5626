import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { TokenState } from "@/lib/domain/auth-token";

/** Why an e-mailed link no longer works (invalid, expired, used), with the way on. */
export async function TokenProblem({
  state,
  href,
  linkLabel,
  children,
}: {
  state: Exclude<TokenState, "valid">;
  href: string;
  linkLabel: string;
  children?: ReactNode;
}) {
  const t = await getTranslations("accountSecurity");
  return (
    <div role="alert" className="rounded-md bg-red-50 p-4 text-red-800">
      <p className="mb-2">{t(`token.${state}`)}</p>
      {children}
      <Link href={href} className="font-semibold underline">
        {linkLabel}
      </Link>
    </div>
  );
}
