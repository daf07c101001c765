import { fetchFeedBytes } from '../dist/adapters/feeds/http-fetch.js';
const [port, mode] = process.argv.slice(2);
const urls = Array.from({ length: 1000 }, (_, i) => `http://127.0.0.1:${port}/feed/${i}.xml`);
async function one(url) {
  if (mode === 'plain') return (await fetch(url)).arrayBuffer();
  if (mode === 'ours') return fetchFeedBytes(url, { timeoutMs: 60000, maxBytes: 5e6, userAgent: 'x', maxRedirects: 5, now: () => new Date(), fetch });
  if (mode === 'ctl') { const c = new AbortController(); const t = setTimeout(() => c.abort(), 60000); try { return await (await fetch(url, { signal: c.signal, redirect: 'manual', headers: { 'user-agent': 'x', accept: 'a' } })).arrayBuffer(); } finally { clearTimeout(t); } }
  if (mode === 'reader') { const res = await fetch(url); const r = res.body.getReader(); const ch = []; let n = 0; for (;;) { const { done, value } = await r.read(); if (done) break; n += value.byteLength; ch.push(value); } return Buffer.concat(ch, n); }
}
async function run(list) {
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => { while (next < list.length) await one(list[next++]); }));
}
await run(urls.slice(0, 50));
const c0 = process.cpuUsage(); const t0 = performance.now();
await run(urls);
const c = process.cpuUsage(c0);
console.log(mode, 'wall', Math.round(performance.now() - t0), 'cpu', Math.round((c.user + c.system) / 1000));
