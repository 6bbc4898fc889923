/// <reference types="astro/client" />

/** astro-mermaid's browser renderer, served by src/integrations/mermaid-on-demand.ts. */
declare module 'virtual:mermaid-renderer' {}

/** Per-page state shared by the components of one page render. */
declare namespace App {
  interface Locals {
    /** The ids UpdateNote.astro has given on the page being rendered, so each stays unique. */
    updateNoteIds?: Set<string>;
    /** How many ids each prefix has handed out on this page (src/lib/collections/unique-id.ts). */
    uniqueIds?: Map<string, number>;
    /**
     * Set by the print edition (src/pages/[guide]/print.astro) before it renders the guide's pages: components
     * then render their static print form (every answer shown, no self-check buttons, toolbars or tooltips).
     */
    print?: boolean;
  }
}
