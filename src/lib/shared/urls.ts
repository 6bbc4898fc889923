/**
 * Every internal URL goes through here so the site works under any base path (e.g. /guide/).
 * `import.meta.env.BASE_URL` always ends with "/" because trailingSlash is "always".
 */
const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/`-relative path → URL under the configured base, with a trailing slash for page paths. */
export function href(path: string): string {
  const clean = path.replace(/^\/+/, '');
  if (clean === '') return base;
  const [pathname = '', hash = ''] = clean.split('#');
  const withSlash = /\.[a-z0-9]+$/i.test(pathname) || pathname.endsWith('/') ? pathname : `${pathname}/`;
  return `${base}${withSlash}${hash ? `#${hash}` : ''}`;
}

/** The URL of a guide page, from its collection id (e.g. "streaming-sources/glossary"). */
export const pageHref = (id: string) => href(id);

/** The page id of a URL path under the base: "/base/streaming-sources/glossary/" → "streaming-sources/glossary". */
export const pageIdFromPath = (pathname: string) => pathname.slice(base.length).replace(/\/+$/, '');
