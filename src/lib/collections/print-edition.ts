/**
 * The print edition (src/pages/[guide]/print.astro) puts every page of a guide into one document. While one page's
 * content renders there, `Astro.locals.print` describes that page (a PrintedPage), and the components render their
 * print form: each id gets the page's prefix, so two pages' "#worked-example" stay distinct, and each link either
 * points into the edition or carries the address that print CSS writes after it. Elsewhere `print` is unset and
 * these helpers change nothing.
 */

/** The page whose content is being rendered into the print edition. */
export interface PrintedPage {
  /** Prefix for this page's ids, unique within the edition, e.g. "shard-calculator--". */
  prefix: string;
  /** The page's own URL path, to resolve its in-page and relative links. */
  path: string;
  /** URL path → id prefix of every page in the edition, for turning links to them into in-document links. */
  prefixes: Record<string, string>;
  /** The site's origin (Astro.site), to tell the site's own links from other sites'. */
  site: URL;
  /**
   * Whether `site` is the deployment's own origin (SITE_URL is set). Without it the build only knows a placeholder
   * origin, so the site's own addresses print as paths ("/guide/page/").
   */
  siteOriginIsReal: boolean;
}

/** The part of Astro.locals these helpers read (see App.Locals in src/env.d.ts). */
export interface PrintState {
  print?: PrintedPage | undefined;
}

/** An id as the page being rendered gives it: with the page's prefix in the print edition, unchanged elsewhere. */
export function printedId(locals: PrintState, id: string): string {
  return locals.print ? `${locals.print.prefix}${id}` : id;
}

/** A space-separated list of ids (aria-describedby, for, …), each as printedId gives it. */
export function printedIdList(locals: PrintState, ids: string): string {
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => printedId(locals, id))
    .join(' ');
}

/** The attributes of a link to `href`, as the page being rendered gives them. */
export interface PrintedLink {
  href: string;
  /** The address print CSS writes after the link text (`a[data-print-url]::after` in global.css). */
  'data-print-url'?: string;
}

/**
 * A link as the page being rendered gives it. In the print edition a link to a page of the edition (or to an anchor
 * on one, or on the page itself) becomes an in-document link to its prefixed id; every other link keeps its target
 * and carries its address in data-print-url: absolute for other sites, and for this site too when SITE_URL gives
 * its origin, else a path. A relative link to the site was written for the page's own URL, so it becomes a path.
 */
export function printedLink(locals: PrintState, href: string): PrintedLink {
  const page = locals.print;
  if (!page) return { href };
  const target = new URL(href, new URL(page.path, page.site));
  const ownSite = target.origin === page.site.origin;
  const targetPrefix = ownSite ? page.prefixes[target.pathname] : undefined;
  if (targetPrefix !== undefined) return { href: `#${targetPrefix}${target.hash ? target.hash.slice(1) : 'top'}` };
  if (!ownSite) return { href, 'data-print-url': target.href };
  return {
    href: `${target.pathname}${target.search}${target.hash}`,
    'data-print-url': page.siteOriginIsReal ? target.href : `${target.pathname}${target.hash}`,
  };
}

/**
 * Renders the edition's pages one after another, each with `locals.print` set to its page and fresh per-page id
 * counters, so every component of a page, however deep and after however many awaits, sees its own page.
 *
 * Astro renders the items of an array at once, interleaved at every await, so a value set in locals per item
 * would leak into the next; the items of an async iterable it renders in turn, asking for the next only once the
 * last has finished (renderAsyncIterable in astro/runtime/server/render/any.js). Use it in a template as
 * `{eachPrintedPage(Astro.locals, pages, (page) => <section>…</section>)}`. A mix-up would show: the print specs
 * and html-validate fail on a duplicate or dangling id.
 */
export async function* eachPrintedPage<T>(
  locals: PrintState & { updateNoteIds?: Set<string> | undefined },
  items: { printed: PrintedPage; item: T }[],
  render: (item: T) => unknown,
): AsyncGenerator<unknown> {
  try {
    for (const { printed, item } of items) {
      locals.print = printed;
      locals.updateNoteIds = new Set();
      yield render(item);
    }
  } finally {
    delete locals.print;
  }
}
