/// <reference types="astro/client" />

/** astro-mermaid's browser renderer, served by src/integrations/mermaid-on-demand.ts. */
declare module 'virtual:mermaid-renderer' {}
