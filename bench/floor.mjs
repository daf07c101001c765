// The floor any RSS bot pays: plain fetch + rss-parser parseString of every
// feed, with the same concurrency. Run in its own process (as the pipeline
// is) so neither inherits the other's heap. Warms up as the pipeline does: a
// few feeds, then `warmupCycles` full passes (the first is reported as
// firstMs, a fresh process's first pass), then the measured pass.
// Prints {"ms":N,"firstMs":N} on stdout.
import Parser from 'rss-parser';

const [urlPattern, feeds, concurrency, warmupCycles = '0'] = process.argv.slice(2);
const urls = Array.from({ length: Number(feeds) }, (_, i) => urlPattern.replace('{i}', String(i)));

async function floor(list) {
  const parser = new Parser();
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: Number(concurrency) }, async () => {
      while (next < list.length) {
        const res = await fetch(list[next++]);
        await parser.parseString(await res.text());
      }
    }),
  );
  return performance.now() - t0;
}

await floor(urls.slice(0, 50));
const passes = [];
for (let i = 0; i < Number(warmupCycles); i++) passes.push(await floor(urls));
const ms = await floor(urls);
process.stdout.write(`${JSON.stringify({ ms, firstMs: passes[0] ?? ms })}\n`);
