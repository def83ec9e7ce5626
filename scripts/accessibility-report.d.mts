/** The route a scanned URL shows, and its locale (null when the URL has none). */
export function pageOf(url: string): { locale: string | null; path: string };
