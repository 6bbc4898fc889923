/// <reference types="astro/client" />

/** astro-mermaid's browser renderer, served by src/integrations/mermaid-on-demand.ts. */
declare module 'virtual:mermaid-renderer' {}

declare namespace App {
  interface Locals {
    /** The ids UpdateNote.astro has given on the page being rendered, so each stays unique. */
    updateNoteIds?: Set<string>;
  }
}
