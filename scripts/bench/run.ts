/**
 * Runs a command and reports its wall time, CPU time and peak memory. CPU time (user + system, of the command and
 * the processes it waited for) and peak memory (the largest resident set of any one process in the tree) come from
 * GNU time (`/usr/bin/time -v`); they are null where GNU time is missing. On a machine shared with other work the
 * wall time stretches with the load, while the CPU time stays what the command itself cost.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export type Run = { seconds: number; cpuSeconds: number | null; peakMemoryMB: number | null };

const GNU_TIME = '/usr/bin/time';

export async function timed(command: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const seconds = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${code}):\n${stderr}`);
  const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr)?.[1];
  return {
    seconds,
    cpuSeconds: user && system ? Number(user) + Number(system) : null,
    peakMemoryMB: kb ? Math.round(Number(kb) / 1024) : null,
  };
}

/** Astro's content store and generated types: they describe one content folder, so a build elsewhere stales them. */
export const ASTRO_STATE = ['node_modules/.astro', '.astro'];
/** Every build cache: TikZ renders (.cache, node_modules/.cache) and Astro's own state. */
export const ALL_CACHES = ['.cache', 'node_modules/.cache', ...ASTRO_STATE];

export function clearDirs(root: string, dirs: string[]): void {
  for (const dir of dirs) rmSync(join(root, dir), { recursive: true, force: true });
}
