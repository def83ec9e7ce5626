import { Pagination } from "@/components/ui/pagination";
import { toQueryString } from "@/lib/validation/admin-params";

/** Pages of an admin list; every link keeps the list's filters (a shareable URL). */
export async function AdminPagination({
  path,
  params,
  page,
  pages,
}: {
  path: string;
  params: Record<string, string | number | undefined>;
  page: number;
  pages: number;
}) {
  const href = (p: number) => {
    const qs = toQueryString({ ...params, page: p });
    return qs ? `${path}?${qs}` : path;
  };
  return <Pagination page={page} pages={pages} href={href} />;
}
