import { Link } from "@/i18n/navigation";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { localePath } from "@/i18n/path";

/**
 * A GET form over an admin list (the URL holds the filters, so a view can be shared), its
 * submit and "clear" link, and the result count announced below it. Remounted per filter set so
 * the selects show this URL's filters after back/forward.
 */
export async function FilterForm({
  path,
  label,
  formKey,
  gridClassName,
  submitLabel,
  clearLabel,
  status,
  children,
}: {
  path: string;
  label: string;
  formKey: string;
  gridClassName: string;
  submitLabel: string;
  clearLabel: string;
  status: string;
  children: ReactNode;
}) {
  const formTarget = await localePath(path);
  return (
    <>
      <form
        key={formKey}
        method="get"
        action={formTarget}
        aria-label={label}
        className={`grid items-start gap-x-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${gridClassName}`}
      >
        {children}
        <div className="mb-4 flex items-center gap-3 self-end">
          <Button type="submit">{submitLabel}</Button>
          <Link href={path} className="text-sm font-medium text-brand-800 underline">
            {clearLabel}
          </Link>
        </div>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {status}
      </p>
    </>
  );
}
