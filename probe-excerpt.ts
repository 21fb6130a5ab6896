import { createServer } from 'node:http';
import sirv from 'sirv';
import { chromium } from 'playwright-core';
const handler = sirv('dist', { dev: true, extensions: ['html'] });
const server = createServer((req, res) => handler(req, res)).listen(0);
const port = (server.address() as any).port;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage();
await page.goto(`http://localhost:${port}/search/`);
for (const q of process.argv.slice(2)) {
  const out = await page.evaluate(`import('/pagefind/pagefind.js').then(async (p) => { const f = await p.search(${JSON.stringify(q)}); const d = await Promise.all(f.results.slice(0,5).map(r => r.data())); return d.map(x => x.url + ' :: ' + x.excerpt.replace(/<[^>]+>/g,'') + (x.sub_results?.length ? ' || sub: ' + x.sub_results.slice(0,2).map(s => s.title + ' > ' + s.excerpt.replace(/<[^>]+>/g,'')).join(' | ') : '')); })`);
  console.log('==', q); for (const l of out as string[]) console.log('  ', l);
}
await browser.close(); server.close();
