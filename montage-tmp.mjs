import { chromium } from 'playwright';
import fs from 'node:fs';
const dir = '/tmp/shots-15';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage({ viewport: { width: 800, height: 844 } });
const uri = (f) => `data:image/png;base64,${fs.readFileSync(`${dir}/${f}`).toString('base64')}`;
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('-390-light.png'))) {
  const base = f.replace('-390-light.png', '');
  await p.setViewportSize({ width: 790, height: 844 });
  await p.setContent(`<body style="margin:0;display:flex;gap:10px;background:#f0f"><img src="${uri(base + '-390-light.png')}"><img src="${uri(base + '-390-dark.png')}"></body>`);
  await p.screenshot({ path: `${dir}/m-${base}-390.png` });
  await p.setViewportSize({ width: 1450, height: 460 });
  await p.setContent(`<body style="margin:0;display:flex;gap:10px;background:#f0f"><img style="width:720px" src="${uri(base + '-1440-light.png')}"><img style="width:720px" src="${uri(base + '-1440-dark.png')}"></body>`);
  await p.screenshot({ path: `${dir}/m-${base}-1440.png` });
}
await b.close();
