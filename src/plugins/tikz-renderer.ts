/**
 * Compiles a TikZ picture to SVG with node-tikzjax (TeX in WebAssembly), for the remark-tikz plugin.
 *
 * - node-tikzjax keeps one TeX engine in module state, so renders are queued and run one at a time.
 * - Results are cached on disk by a hash of the source and the renderer version, so a warm build renders nothing.
 * - A TeX error becomes a TikzError carrying TeX's own message and the line of the picture it points at.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
// node-tikzjax is CommonJS: its render function is the `default` export.
const tikzjax = require('node-tikzjax') as typeof import('node-tikzjax');
const tikzjaxVersion: string = require('node-tikzjax/package.json').version;

/** Where rendered SVGs are kept between builds (inside node_modules, so it is never committed). */
export const DEFAULT_CACHE_DIR = join(process.cwd(), 'node_modules', '.cache', 'tikz');

/** A picture that TeX could not compile. `line` is 1-based within the picture's source, when TeX names one. */
export class TikzError extends Error {
  readonly line: number | undefined;
  constructor(texMessage: string, line: number | undefined) {
    super(texMessage);
    this.name = 'TikzError';
    this.line = line;
  }
}

export interface RenderResult {
  svg: string;
  /** True when the SVG came from the disk cache and TeX did not run. */
  fromCache: boolean;
}

/** The TeX document around a picture; line 1 of the picture is line 3 of input.tex (node-tikzjax adds a blank preamble line). */
const wrap = (picture: string) => `\\begin{document}\n${picture}\n\\end{document}`;
const PICTURE_FIRST_TEX_LINE = 3;

let queue: Promise<unknown> = Promise.resolve();

/** Renders one picture, from the cache when possible. Calls are serialised, whatever the caller does. */
export function renderTikz(picture: string, cacheDir = DEFAULT_CACHE_DIR): Promise<RenderResult> {
  const run = queue.then(() => renderCached(picture, cacheDir));
  queue = run.catch(() => undefined);
  return run;
}

async function renderCached(picture: string, cacheDir: string): Promise<RenderResult> {
  const key = createHash('sha256').update(`node-tikzjax@${tikzjaxVersion}\n${picture}`).digest('hex');
  const file = join(cacheDir, `${key}.svg`);
  const cached = await readFile(file, 'utf8').catch(() => undefined);
  if (cached !== undefined) return { svg: cached, fromCache: true };

  const svg = await compile(picture);
  await mkdir(cacheDir, { recursive: true });
  // Write then rename, so an interrupted build never leaves half an SVG in the cache.
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, svg);
  await rename(partial, file);
  return { svg, fromCache: false };
}

/**
 * TeX writes its log through console.log when showConsole is on; that log is the only place its error message
 * appears, so it is captured for the length of one render (renders never overlap).
 */
async function compile(picture: string): Promise<string> {
  const log: string[] = [];
  const consoleLog = console.log;
  console.log = (...parts: unknown[]) => void log.push(parts.join(' '));
  try {
    return await tikzjax.default(wrap(picture), { showConsole: true });
  } catch {
    throw texError(log);
  } finally {
    console.log = consoleLog;
  }
}

/** TeX reports "! <message>" followed, a few lines later, by "l.<line> <context>". */
function texError(log: string[]): TikzError {
  const start = log.findIndex((line) => line.startsWith('!'));
  if (start < 0) return new TikzError(log.slice(-5).join('\n') || 'TeX produced no output', undefined);
  const rest = log.slice(start);
  const at = rest.findIndex((line) => /^l\.\d+/.test(line));
  const message = unwrap(rest.slice(0, at < 0 ? 3 : at + 1))
    .filter((line) => line.trim() && !/^Type\s+H <return>|^\s*\.\.\.\s*$/.test(line))
    .join('\n');
  const texLine = at < 0 ? undefined : Number(/^l\.(\d+)/.exec(rest[at]!)![1]);
  const line = texLine === undefined ? undefined : texLine - PICTURE_FIRST_TEX_LINE + 1;
  return new TikzError(message, line !== undefined && line >= 1 ? line : undefined);
}

/** TeX hard-wraps its terminal output at 79 characters; join those pieces back into whole lines. */
function unwrap(lines: string[]): string[] {
  const out: string[] = [];
  let carry = false;
  for (const line of lines) {
    if (carry) out[out.length - 1] += line;
    else out.push(line);
    carry = line.length === TEX_LINE_WIDTH;
  }
  return out;
}
const TEX_LINE_WIDTH = 79;
