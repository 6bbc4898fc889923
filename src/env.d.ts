/// <reference types="astro/client" />

/** astro-mermaid's browser renderer, served by src/integrations/mermaid-on-demand.ts. */
declare module 'virtual:mermaid-renderer' {}

/** Per-page state shared by the components of one page render (see src/lib/collections/unique-id.ts). */
declare namespace App {
  interface Locals {
    /** How many ids each prefix has handed out on this page (src/lib/collections/unique-id.ts). */
    uniqueIds?: Map<string, number>;
  }
}
