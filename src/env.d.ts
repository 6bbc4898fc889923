/// <reference types="astro/client" />

/** astro-mermaid's browser renderer, served by src/integrations/mermaid-on-demand.ts. */
declare module 'virtual:mermaid-renderer' {}

/** Per-page state shared by the components of one page render. */
declare namespace App {
  interface Locals {
    /** The ids UpdateNote.astro has given on the page being rendered (per page in the print edition), so each stays unique. */
    updateNoteIds?: Set<string>;
    /** How many ids each prefix has handed out on this page (src/lib/collections/unique-id.ts). */
    uniqueIds?: Map<string, number>;
    /**
     * Set by the print edition (src/pages/[guide]/print.astro) to the page whose content it is rendering: components
     * then render their static print form (every answer shown, no self-check buttons, toolbars, tooltips or
     * scripts), with ids prefixed and links pointed into the edition (src/lib/collections/print-edition.ts).
     */
    print?: import('./lib/collections/print-edition').PrintedPage;
  }
}
