/** Serves a built folder with `astro preview` for the browser measurements, and stops it afterwards. */
import { spawn } from 'node:child_process';

export type Preview = { origin: string; stop: () => void };

export async function startPreview(port: number, outDir = 'dist'): Promise<Preview> {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port), '--outDir', outDir],
    { stdio: 'ignore' },
  );
  const stop = () => child.kill();
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(origin, { redirect: 'manual' }).then(
      () => true,
      () => false,
    );
    if (up) return { origin, stop };
    if (Date.now() > deadline || child.exitCode !== null) {
      stop();
      throw new Error(`astro preview did not answer on ${origin} (is the port taken? set E2E_PORT)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
