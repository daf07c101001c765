// The whole pipeline as `npm start` runs it: the compiled build (dist/), the
// configured parse workers (run.ts starts this process with the start
// script's Node flags). Warms up as a running bot is warm: a few feeds,
// then `warmupCycles` full cold cycles, each into a fresh SQLite file (the
// first is reported as firstColdMs, a fresh process's first big cycle). Then
// times a cold cycle into a fresh file (every article new, delivery to a
// console sink included) and a warm cycle (every feed answers 304). All apps
// share one parse pool, as a running bot's cycles share its workers. Prints
// one JSON line with the figures and this process's peak RSS.
import { rmSync } from 'node:fs';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { createParsePool } from '../dist/adapters/feeds/parse-pool.js';
import { composeApp } from '../dist/compose/app.js';
import { readEnv } from '../dist/config/env.js';
import { parseConfigText } from '../dist/config/load.js';

const [urlPattern, feeds, concurrency, parseWorkers, dir, warmupCycles = '0'] = process.argv.slice(2);
const urls = Array.from({ length: Number(feeds) }, (_, i) => urlPattern.replace('{i}', String(i)));

function makeApp(list, dbFile) {
  const yaml = `
database: ${JSON.stringify(dbFile)}
poll: { concurrency: ${Number(concurrency)}, timeoutSeconds: 60, parseWorkers: ${Number(parseWorkers)} }
topics:
  - { name: nvidia, keywords: [엔비디아, NVIDIA, 젠슨 황] }
  - { name: gpu, keywords: [GPU, HBM] }
  - { name: physical-ai, keywords: [피지컬 AI] }
channels:
  - { name: sink, platform: console, topics: [nvidia, gpu, physical-ai] }
`;
  const config = { ...parseConfigText(yaml, 'bench'), feeds: list.map((url, i) => ({ name: `벤치 ${i}`, url, enabled: true, fetchArticle: false })) };
  const quiet = { debug() {}, info() {}, warn() {}, error() {} };
  const devNull = new Writable({ write: (_c, _e, cb) => cb() });
  return composeApp({ config, env: readEnv({}), logger: quiet, stdout: devNull, ...(pool ? { parsePool: pool } : {}) });
}

/** One cold cycle into a throwaway database; its time in ms. */
async function throwawayCycle(list, name) {
  const file = join(dir, `${name}.db`);
  const app = makeApp(list, file);
  const t0 = performance.now();
  await app.once();
  const took = performance.now() - t0;
  await app.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return took;
}

const pool = Number(parseWorkers) > 0 ? createParsePool(Number(parseWorkers)) : undefined;

await throwawayCycle(urls.slice(0, 50), 'warm-up');
const warmups = [];
for (let i = 0; i < Number(warmupCycles); i++) warmups.push(await throwawayCycle(urls, `warm-up-${i}`));

const app = makeApp(urls, join(dir, 'bench.db'));
let t0 = performance.now();
const cold = await app.once();
const coldMs = performance.now() - t0;
t0 = performance.now();
const warm = await app.once();
const warmMs = performance.now() - t0;
await app.close();
await pool?.close();

process.stdout.write(
  `${JSON.stringify({
    coldMs,
    firstColdMs: warmups[0] ?? coldMs,
    warmMs,
    warmNotModified: warm.cycle.feeds.filter((f) => f.notModified).length,
    coldArticles: cold.cycle.newArticles,
    coldMatched: cold.cycle.matched.length,
    coldStories: cold.cycle.stories.size,
    coldSent: cold.messages.length,
    peakRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6, // maxRSS is in KiB
  })}\n`,
);
