/**
 * Draws a Mermaid flowchart to SVG at build time, with Mermaid itself (mermaid@11) in headless Chromium through
 * mermaid-isomorphic, for the remark-mermaid-figure plugin.
 *
 * - Drawings are kept in src/plugins/mermaid-renders/<hash>.svg, committed, keyed by a hash of the source, the
 *   drawing settings and Mermaid's version. A fresh clone therefore builds without a browser; only a new or changed
 *   diagram needs Chromium ($CHROMIUM_PATH, else /usr/bin/chromium, else Playwright's own), and its drawing is then
 *   written there to be committed with the diagram.
 * - A drawing in the committed renders was valid when it was drawn, so only a new or changed diagram can be broken;
 *   Mermaid's parser (which needs a DOM, hence the browser) then rejects it with its message and line.
 * - Labels are drawn as SVG <text> (htmlLabels off), measured in the site's font at FONT_SIZE, so the page's CSS can
 *   restyle them and print engines draw them as vector text.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const mermaidVersion: string = require('mermaid/package.json').version;

/** The committed drawings. */
export const DEFAULT_RENDER_DIR = fileURLToPath(new URL('./mermaid-renders/', import.meta.url));

/** Label size in the drawing, in CSS px at natural size. The page never shows the drawing below 12/FONT_SIZE of it. */
export const FONT_SIZE = 14;

/** The site's sans-serif stack (global.css --font-body): labels are measured in the font the page draws them in. */
const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Mermaid's settings for every drawing. Changing them changes every hash, so every diagram is drawn again. */
const MERMAID_CONFIG = {
  theme: 'base',
  fontFamily: FONT_FAMILY,
  fontSize: FONT_SIZE,
  htmlLabels: false,
  themeVariables: { fontFamily: FONT_FAMILY, fontSize: `${FONT_SIZE}px` },
  flowchart: { htmlLabels: false, nodeSpacing: 14, rankSpacing: 36, padding: 8, diagramPadding: 4, curve: 'basis' },
} as const;

/** A diagram Mermaid cannot parse or draw. `line` is 1-based within the diagram's source, when Mermaid names one. */
export class MermaidError extends Error {
  readonly line: number | undefined;
  constructor(message: string, line: number | undefined) {
    super(message);
    this.name = 'MermaidError';
    this.line = line;
  }
}

export interface MermaidRender {
  svg: string;
  /** True when the drawing came from the committed renders and no browser ran. */
  fromCache: boolean;
}

/** The name under which a diagram's drawing is kept; also the prefix of the ids inside it. */
export function renderKey(source: string): string {
  return createHash('sha256')
    .update(JSON.stringify({ mermaid: mermaidVersion, config: MERMAID_CONFIG, source }))
    .digest('hex');
}

/** One diagram's SVG, from the committed renders when possible, else drawn in Chromium and saved there. */
export async function renderMermaid(source: string, renderDir = DEFAULT_RENDER_DIR): Promise<MermaidRender> {
  const key = renderKey(source);
  const file = join(renderDir, `${key}.svg`);
  const cached = await readFile(file, 'utf8').catch(() => undefined);
  if (cached !== undefined) return { svg: cached, fromCache: true };

  const svg = await drawInBrowser(source, `m${key.slice(0, 10)}`);
  await mkdir(renderDir, { recursive: true });
  // Write then rename, so an interrupted build never leaves half an SVG behind.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, `${svg}\n`);
  await rename(partial, file);
  return { svg, fromCache: false };
}

async function drawInBrowser(source: string, prefix: string): Promise<string> {
  const executablePath = findChromium();
  const { createMermaidRenderer } = await import('mermaid-isomorphic');
  const render = createMermaidRenderer({
    launchOptions: { executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] },
  });
  const [result] = await render([source], { prefix, mermaidConfig: MERMAID_CONFIG as never });
  if (result?.status === 'fulfilled') return result.value.svg;
  // The error crosses from the browser as a plain Error: its line is only in its message ("Parse error on line 3:").
  const message = String((result?.reason as Error | undefined)?.message ?? 'Mermaid drew nothing');
  const line = /\bon line (\d+)/.exec(message)?.[1];
  throw new MermaidError(message, line === undefined ? undefined : Number(line));
}

/** The same lookup as the browser tests (e2e/support/browser.ts), with a message that says what to do. */
function findChromium(): string {
  for (const path of [process.env['CHROMIUM_PATH'], '/usr/bin/chromium']) if (path && existsSync(path)) return path;
  try {
    const playwright = require('playwright') as typeof import('playwright');
    const path = playwright.chromium.executablePath();
    if (existsSync(path)) return path;
  } catch {
    // Fall through to the explanation below.
  }
  throw new Error(
    'this diagram is new or changed, so it must be drawn in Chromium, and none was found ($CHROMIUM_PATH, ' +
      '/usr/bin/chromium or Playwright’s). Install one (Debian/Ubuntu: apt-get install -y chromium), build once, ' +
      'and commit the new file in src/plugins/mermaid-renders/.',
  );
}
